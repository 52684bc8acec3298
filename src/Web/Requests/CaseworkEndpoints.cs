using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Auth;
using Waardering.Data.Requests;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Paging;
using Waardering.Web.Schemes;

namespace Waardering.Web.Requests;

/// <summary>The officers' side of requests: the work list and a request's history.</summary>
public static class CaseworkEndpoints
{
    public static IEndpointRouteBuilder MapCaseworkEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("Requests").RequireAuthorization(Policies.CaseWork);
        group.MapGet("", QueueAsync)
            .Describe("GetRequestQueue",
                "List the requests of a scheme year by status, as the officers' work queue, with each undecided request's deadline (decideBy); sort=deadline lists the nearest first")
            .ScopedByMunicipality();
        group.MapGet("/{id:guid}/history", HistoryAsync)
            .Describe("GetRequestHistory", "Read everything that happened to a request: who, when, what and through which channel")
            .ScopedByOwner(OwnedKind.Request);
        return app;
    }

    public static async Task<Results<Ok<QueuePage>, ValidationProblem>> QueueAsync(
        string? municipality, int? year, string? status, string? dueBefore, string? sort, int? page, int? pageSize, RequestQueue queue,
        NpgsqlDataSource dataSource, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        RequestStatus? wanted = Codes.TryParse<RequestStatus>(status, out var parsed) ? parsed : null;
        if (status is not null && wanted is null)
        {
            errors.Add("status", $"Kies uit: {string.Join(", ", Codes.All<RequestStatus>())}.");
        }

        var order = QueueOrder.Check(dueBefore, sort, errors);
        var paging = PageRequest.Check(page, pageSize, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var result = await queue.ReadAsync(municipality!, year!.Value, order with { Status = wanted }, paging.Page, paging.Size, cancellationToken);
        // The list shows names: a staff read of personal data, on record.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await AuditLog.WriteAsync(connection, null, StaffActor.From(context), "queue-read", clock.GetCurrentInstant(),
            details: new { municipality, year, status, dueBefore, sort, result.Page, count = result.Items.Count }, cancellationToken: cancellationToken);
        return TypedResults.Ok(result);
    }

    /// <summary>Everything that happened to a request: who, when, what, through which channel.</summary>
    public static async Task<Ok<IReadOnlyList<AuditEvent>>> HistoryAsync(Guid id, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AuditLog.ForRequestAsync(dataSource, id, cancellationToken));
}
