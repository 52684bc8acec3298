using NodaTime;
using Waardering.Data.Audit;
using Waardering.Data.Outbox;
using Waardering.Data.Requests;
using Waardering.Domain.Requests;

namespace Waardering.Web.Staff.Requests;

/// <summary>
/// Everything the request page shows: the request (BSN masked, never in full), what an officer
/// needs to handle it, its mails and its trail, what the signed-in officer may do, and a form
/// that came back with errors, if one did.
/// </summary>
public sealed record RequestPageView(
    RequestRecord Request, RequestCase Case, string? BsnMasked, IReadOnlyList<RequestMail> Mails, IReadOnlyList<AuditEvent> Trail,
    bool EnteredByMe, LocalDate Today, RequestMessage? Message, DecisionForm Decision, VoidForm Void)
{
    /// <summary>The trail's record that staff entered the request, when they did.</summary>
    public AuditEvent? Entry => Data.Decisions.EnteredRequests.Entry(Trail);

    /// <summary>What happened to the request; the reads of it are on the trail too, but only counted here.</summary>
    public IEnumerable<AuditEvent> History => Trail.Where(e => e.Action != Web.Requests.StaffReads.Action);

    public int Reads => Trail.Count(e => e.Action == Web.Requests.StaffReads.Action);

    public bool MayDecide => RequestLife.CanBecome(Request.Status, RequestStatus.Approved) || RequestLife.CanBecome(Request.Status, RequestStatus.Rejected);

    public bool MayVoid => RequestLife.CanBecome(Request.Status, RequestStatus.Voided);

    /// <summary>The errors of the form that was posted, for the summary at the top.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors => Decision.Errors ?? Void.Errors;

    public string Path => RequestPagePaths.Of(Request.Id);
}

/// <summary>The decision form as posted: approve (true) or reject (false), the reason code and the officer's text.</summary>
public sealed record DecisionForm(bool? Approve = null, string? ReasonCode = null, string? Reason = null,
    IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>The void form as posted: the reason, required.</summary>
public sealed record VoidForm(string? Reason = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>The reason's field: not <c>reason</c>, which the decision form on the same page has.</summary>
    public const string Field = "voidReason";
}

/// <summary>A line at the top of the page after an action worked (POST-redirect-GET with <c>?done=…</c>).</summary>
public sealed record RequestMessage(string Text);

public static class RequestPagePaths
{
    public static string Of(Guid id) => $"/staff/requests/{id}";

    public static string Done(Guid id, string done) => $"{Of(id)}?done={done}";

    public static string DecisionOf(Guid id) => $"{Of(id)}/decision";

    public static string VoidOf(Guid id) => $"{Of(id)}/void";

    public static string ResendOf(Guid mailId) => $"/staff/mails/{mailId}/resend";
}
