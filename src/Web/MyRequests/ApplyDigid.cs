using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Auth;
using Waardering.Web.Requests;

namespace Waardering.Web.MyRequests;

/// <summary>
/// DigiD on the application form: whether the scheme offers it, and the citizen signed in, if
/// any. <see cref="None"/> where the service or the scheme has no DigiD: the form is as before.
/// </summary>
public sealed record ApplyDigid(bool Offered, Bsn? SignedIn)
{
    public static readonly ApplyDigid None = new(false, null);

    public static async Task<ApplyDigid> ForAsync(HttpContext context, SchemeRecord scheme) =>
        CitizenSession.OffersSignIn(context, scheme) ? new ApplyDigid(true, await CitizenSession.BsnAsync(context)) : None;

    /// <summary>
    /// The form's body with the BSN from the sign-in where the citizen applies as the recipient:
    /// that BSN is never taken from the form. A caregiver's form keeps the recipient's BSN as typed.
    /// </summary>
    public static SubmitRequestBody SignedInBody(SubmitRequestBody body, Bsn? signedIn) =>
        signedIn is { } bsn && body.SubmittedBy == Applicant.Recipient.Code() && body.Recipient is { } recipient
            ? body with { Recipient = recipient with { Bsn = bsn.Value } }
            : body;
}
