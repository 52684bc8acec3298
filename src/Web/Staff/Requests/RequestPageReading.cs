using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Decisions;
using Waardering.Data.Outbox;
using Waardering.Data.Privacy;
using Waardering.Data.Requests;
using Waardering.Domain;
using Waardering.Web.Pages;
using Waardering.Web.Requests;

namespace Waardering.Web.Staff.Requests;

/// <summary>
/// Reads everything the request page shows and puts the read on the request's trail, as the
/// API's <c>GET /api/requests/{id}</c> does (<see cref="StaffReads"/>): the page shows personal data.
/// </summary>
public sealed class RequestPageReading(RequestReader reader, PersonalDataProtector protector, NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<IResult> RenderAsync(Guid id, HttpContext context, RequestMessage? message, DecisionForm? decision, VoidForm? voidForm,
        int statusCode, CancellationToken cancellationToken)
    {
        var request = await reader.FindAsync(id, cancellationToken);
        var @case = request is null ? null : await RequestCaseFile.ReadAsync(dataSource, id, cancellationToken);
        if (request is null || @case is null)
        {
            return TypedResults.NotFound();
        }

        await StaffReads.RecordAsync(dataSource, context, clock, id, cancellationToken);
        var mails = await RequestMails.ForRequestAsync(dataSource, id, cancellationToken);
        var trail = await AuditLog.ForRequestAsync(dataSource, id, cancellationToken);
        var view = new RequestPageView(request, @case, RequestMasks.Bsn(request, protector), mails, trail,
            EnteredRequests.EnteredBy(trail, StaffActor.From(context)), AmsterdamTime.DateOf(clock.GetCurrentInstant()), message,
            decision ?? new DecisionForm(), voidForm ?? new VoidForm());
        return PageResults.Page<RequestPage>(new { View = view }, statusCode);
    }
}
