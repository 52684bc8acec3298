using Dapper;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain;
using Waardering.Domain.Mail;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Letters;

/// <summary>Drops the waiting letters in the print service's folder; run daily by the Worker.</summary>
public interface ILetterPrintFolder
{
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>
/// When <see cref="LetterOptions.PrintFolder"/> is set, a print service collects the letters there
/// instead of officers printing them: per municipality one PDF of every waiting letter, then those
/// letters marked printed by "print-service" on the audit trail. The file is written (under a
/// temporary name, then renamed) before the letters are marked: a failure in between prints a
/// letter twice rather than never.
/// </summary>
public sealed class LetterPrintFolder(
    NpgsqlDataSource dataSource, LetterStore letters, LetterComposer composer, IOptions<LetterOptions> options, IClock clock)
    : ILetterPrintFolder
{
    public static readonly Actor PrintService = new("print-service", Channel.Worker);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (options.Value.PrintFolder is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var waiting = await connection.QueryAsync<(string Municipality, Guid Last)>(new CommandDefinition("""
            select municipality_code, max(id::text)::uuid from outbox_letters where status = @pending group by municipality_code
            """, new { pending = LetterStatus.Pending.Code() }, cancellationToken: cancellationToken));
        foreach (var (municipality, last) in waiting)
        {
            var now = clock.GetCurrentInstant();
            var selected = await letters.ForPrintAsync(municipality, null, last, cancellationToken);
            var name = $"{municipality}-{LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd-HHmmss").Format(now.InZone(AmsterdamTime.Zone).LocalDateTime)}";
            var path = Path.Combine(folder, name + ".pdf");
            await File.WriteAllBytesAsync(path + ".part", composer.Pdf(selected), cancellationToken);
            File.Move(path + ".part", path, overwrite: true);
            await letters.MarkPrintedAsync(municipality, null, last, PrintService, now, cancellationToken);
        }
    }
}
