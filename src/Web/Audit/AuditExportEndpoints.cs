using System.Globalization;
using CsvHelper;
using NodaTime.Text;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Web.Csv;
using Waardering.Web.Schemes;

namespace Waardering.Web.Audit;

/// <summary>The audit trail of a scheme year as CSV, for an auditor: who did what, when, through which channel.</summary>
public static class AuditExportEndpoints
{
    public static IEndpointRouteBuilder MapAuditExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit/{municipality}/{year:int}/events.csv", ExportAsync).WithTags("Requests")
            .RequireAuthorization(Policies.Audit).ScopedByMunicipality()
            .Describe("ExportAuditTrail", "Export a scheme year's audit trail as CSV, for the auditor").Produces<string>(200, "text/csv");
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        string municipality, int year, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var events = await AuditLog.ForSchemeAsync(dataSource, municipality, year, cancellationToken);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvExport.Options(), leaveOpen: true))
        {
            csv.WriteRecords(events.Select(e => new AuditCsvRow
            {
                Id = e.Id, OccurredAt = InstantPattern.ExtendedIso.Format(e.OccurredAt), Actor = e.Actor, Channel = e.Channel,
                Action = e.Action, RequestId = e.RequestId?.ToString() ?? "", BatchId = e.BatchId?.ToString() ?? "", Details = e.Details,
                ActorSubject = e.ActorSubject ?? "",
            }));
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"audit-{municipality}-{year}.csv");
    }
}

/// <summary>A row of the audit export; CsvHelper generates its writer at build time.</summary>
[CsvRecord]
public sealed partial class AuditCsvRow
{
    public long Id { get; init; }
    public string OccurredAt { get; init; } = "";
    public string Actor { get; init; } = "";
    public string Channel { get; init; } = "";
    public string Action { get; init; } = "";
    public string RequestId { get; init; } = "";
    public string BatchId { get; init; } = "";
    public string Details { get; init; } = "";

    /// <summary>
    /// Who the actor is: a member of staff's subject (the token's <c>sub</c>), which stays when their
    /// name changes; empty for citizens and the worker. Last, so the earlier columns keep their place.
    /// </summary>
    public string ActorSubject { get; init; } = "";
}
