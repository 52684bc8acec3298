using NodaTime;
using Waardering.Data.Reports;
using Waardering.Domain;

namespace Waardering.Web.Reports;

/// <summary>What an import did: the years stored, or the errors and the status that refuses the file.</summary>
public sealed record PastYearImportAnswer(IReadOnlyList<int> Years, FieldErrors Errors, int Status)
{
    public bool Imported => !Errors.Any;
}

/// <summary>The import of past years' figures, the same for the API and the page.</summary>
public static class PastYearImport
{
    public const string FileField = "file";

    /// <summary>
    /// Reads the file and stores its years, or refuses the whole file: 400 when a line cannot be
    /// read, 422 when a year has the service's own requests, each error naming line and column.
    /// </summary>
    public static async Task<PastYearImportAnswer> ImportAsync(
        string municipality, Stream body, PastYearStore store, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var file = await ReadAsync(body, cancellationToken);
        if (file is null)
        {
            return new([], errors.Add(FileField, $"Het bestand is groter dan {PastYearCsv.MaxBytes / 1024} kB; zet er alleen de cijfers van vorige jaren in."),
                StatusCodes.Status400BadRequest);
        }

        var now = clock.GetCurrentInstant();
        var years = PastYearCsv.Read(file, AmsterdamTime.DateOf(now).Year, errors, out var firstLines);
        if (years is null)
        {
            return new([], errors, StatusCodes.Status400BadRequest);
        }

        var result = await store.ImportAsync(municipality, years, StaffActor.From(context), now, cancellationToken);
        foreach (var year in result.RefusedYears)
        {
            var line = firstLines[year];
            errors.Add(PastYearCsv.Field(line, PastYearCsv.Year), PastYearCsv.Message(line, PastYearCsv.Year,
                $"voor {year} heeft de dienst eigen aanvragen; die cijfers zijn echt en worden niet vervangen."));
        }

        if (result.Outcome == PastYearImportOutcome.UnknownMunicipality)
        {
            errors.Add("municipality", $"Gemeente {municipality} is onbekend; maak eerst een regeling aan.");
        }

        return new(years.Select(y => y.Year).ToList(), errors,
            errors.Any ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
    }

    /// <summary>The body up to the largest file accepted, or null when it is larger.</summary>
    private static async Task<byte[]?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > PastYearCsv.MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
