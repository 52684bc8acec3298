using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Contact;

/// <summary>
/// The status the support organisation sets on a referral, read alike from the API's body and the
/// back office's form: only a status it may set (a new referral is open by itself).
/// </summary>
public static class ReferralStatusInput
{
    public const string NotAllowed = "Een afgesloten verwijzing gaat niet terug; een gecontacteerde niet terug naar open.";

    public static ReferralStatus? Check(string? status, FieldErrors errors)
    {
        if (Codes.TryParse<ReferralStatus>(status, out var parsed) && ReferralLife.Settable.Contains(parsed))
        {
            return parsed;
        }

        errors.Add("status", $"Kies {string.Join(" of ", ReferralLife.Settable.CodesOf())}.");
        return null;
    }
}
