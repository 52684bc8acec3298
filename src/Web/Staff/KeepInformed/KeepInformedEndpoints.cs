using System.Globalization;
using CsvHelper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Invitations;
using Waardering.Web.Csv;

namespace Waardering.Web.Staff.KeepInformed;

/// <summary>
/// The support organisation's list of caregivers who want to be kept informed
/// (<c>/staff/keep-informed.csv</c>), as CSV: name, e-mail and language of those who consented,
/// nothing else. Each download is on the audit trail, in the transaction that read the list.
/// </summary>
public static class KeepInformedEndpoints
{
    public const string Path = "/staff/keep-informed.csv";

    public static IEndpointRouteBuilder MapKeepInformedPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(Path, DownloadAsync, Policies.Support).ScopedByMunicipality();
        return app;
    }

    public static string Link(string municipality) => $"{Path}?municipality={Uri.EscapeDataString(municipality)}";

    public static async Task<IResult> DownloadAsync(
        string? municipality, NpgsqlDataSource dataSource, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (ChosenMunicipality.Of(context, municipality) is not { } code)
        {
            return TypedResults.NotFound();
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var list = await Data.Invitations.KeepInformed.ListAsync(connection, transaction, code, cancellationToken);
        await AuditLog.WriteAsync(connection, transaction, StaffActor.From(context), "keep-informed-downloaded",
            clock.GetCurrentInstant(),
            details: new { municipality = code, count = list.Count }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvExport.Options(), leaveOpen: true))
        {
            csv.WriteRecords(list.Select(k => new KeepInformedCsvRow { Name = k.Name, Email = k.Email, Language = k.Language }));
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"op-de-hoogte-{code}.csv");
    }
}

/// <summary>A row of the keep-informed list; CsvHelper generates its writer at build time.</summary>
[CsvRecord]
public sealed partial class KeepInformedCsvRow
{
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    public string Language { get; init; } = "";
}
