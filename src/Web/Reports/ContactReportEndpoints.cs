using System.Globalization;
using CsvHelper;
using Waardering.Data.Reports;
using Waardering.Web.Csv;
using Waardering.Web.Schemes;

namespace Waardering.Web.Reports;

/// <summary>
/// Reach and the contactmoment for policy staff, as JSON and as CSV for a spreadsheet: counts
/// against the previous year, never a person.
/// </summary>
public static class ContactReportEndpoints
{
    public static IEndpointRouteBuilder MapContactReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports/{municipality}/{year:int}/contact").WithTags("Reports")
            .RequireAuthorization(Policies.Budget).ScopedByMunicipality();
        group.MapGet("", ReadAsync)
            .Describe("GetContactReport", "Read reach per target group and age band, requests per week and check-in outcomes");
        group.MapGet("/reach.csv", (string municipality, int year, ContactReportReader reader, CancellationToken ct) =>
            CsvAsync(municipality, year, reader, "reach", r => r.Reach.Select(x => new ReachCsvRow
            {
                Dimension = x.Dimension, Group = x.Group, Caregivers = x.Caregivers, PreviousYear = x.PreviousYear,
            }), ct))
                .Describe("GetReachCsv", "Export the reach per target group and age band as CSV").Produces<string>(200, "text/csv");
        group.MapGet("/requests-per-week.csv", (string municipality, int year, ContactReportReader reader, CancellationToken ct) =>
            CsvAsync(municipality, year, reader, "requests-per-week", r => r.RequestsPerWeek.Select(x => new WeekCsvRow
            {
                WeekOfWindow = x.WeekOfWindow, Requests = x.Requests, PreviousYear = x.PreviousYear,
            }), ct))
                .Describe("GetRequestsPerWeekCsv", "Export the requests per week, against last year, as CSV").Produces<string>(200, "text/csv");
        group.MapGet("/check-ins.csv", (string municipality, int year, ContactReportReader reader, CancellationToken ct) =>
            CsvAsync(municipality, year, reader, "check-ins", r => CheckInRows(r.CheckIns), ct))

            .Describe("GetCheckInsCsv", "Export the check-in outcomes as CSV").Produces<string>(200, "text/csv");
        return app;
    }

    public static async Task<Results<Ok<ContactReport>, ValidationProblem>> ReadAsync(
        string municipality, int year, ContactReportReader reader, CancellationToken cancellationToken) =>
        Check(municipality, year) is { } problem
            ? problem
            : TypedResults.Ok(await reader.ReadAsync(municipality, year, cancellationToken));

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> CsvAsync<T>(
        string municipality, int year, ContactReportReader reader, string name, Func<ContactReport, IEnumerable<T>> rows,
        CancellationToken cancellationToken)
    {
        if (Check(municipality, year) is { } problem)
        {
            return problem;
        }

        var report = await reader.ReadAsync(municipality, year, cancellationToken);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvExport.Options(), leaveOpen: true))
        {
            csv.WriteRecords(rows(report));
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"{name}-{municipality}-{year}.csv");
    }

    private static IEnumerable<MeasureCsvRow> CheckInRows(CheckInFigures f) =>
    [
        new() { Measure = "sent", Value = f.Sent },
        new() { Measure = "answered", Value = f.Answered },
        new() { Measure = "responseRatePercent", Value = f.ResponseRatePercent },
        new() { Measure = "heavyOverload", Value = f.HeavyOverload },
        new() { Measure = "heavyOverloadSharePercent", Value = f.HeavyOverloadSharePercent },
        new() { Measure = "referralsOpen", Value = f.ReferralsOpen },
        new() { Measure = "referralsContacted", Value = f.ReferralsContacted },
        new() { Measure = "referralsClosed", Value = f.ReferralsClosed },
    ];

    private static ValidationProblem? Check(string municipality, int year)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        SchemeKey.CheckYear(year, errors);
        return errors.Any ? ProblemResults.Invalid(errors) : null;
    }
}

/// <summary>Rows of the report's CSV files; CsvHelper generates their writers at build time.</summary>
[CsvRecord]
public sealed partial class ReachCsvRow
{
    public string Dimension { get; init; } = "";
    public string Group { get; init; } = "";
    public long Caregivers { get; init; }
    public long PreviousYear { get; init; }
}

[CsvRecord]
public sealed partial class WeekCsvRow
{
    public int WeekOfWindow { get; init; }
    public long Requests { get; init; }
    public long PreviousYear { get; init; }
}

[CsvRecord]
public sealed partial class MeasureCsvRow
{
    public string Measure { get; init; } = "";
    public decimal Value { get; init; }
}
