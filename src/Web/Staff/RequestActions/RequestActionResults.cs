namespace Waardering.Web.Staff.RequestActions;

/// <summary>
/// What an action page did, as the short code in the request page's address after it
/// (<c>/staff/requests/{id}?done=CODE</c>): the request page shows the matching message. Never personal data.
/// </summary>
public static class RequestActionResults
{
    public const string CaregiverAdded = "caregiverAdded";
    public const string CoSigned = "coSigned";
    public const string IbanProposed = "ibanProposed";
    public const string IbanConfirmed = "ibanConfirmed";
    public const string IbanWithdrawn = "ibanWithdrawn";
    public const string ConsentGiven = "consentGiven";
    public const string ConsentWithdrawn = "consentWithdrawn";
    public const string CheckInAnswered = "checkInAnswered";

    /// <summary>The request page, saying what was done; the POST-redirect-GET after an action.</summary>
    public static RedirectHttpResult Done(Guid id, string code) => TypedResults.Redirect($"{RequestActionPaths.Request(id)}?done={code}");
}

/// <summary>The addresses of the action pages, as the request page links to them.</summary>
public static class RequestActionPaths
{
    public const string Base = "/staff/requests/{id:guid}";

    public static string Request(Guid id) => $"/staff/requests/{id}";

    public static string AddCaregiver(Guid id) => $"{Request(id)}/caregivers/new";

    public static string CoSignature(Guid id) => $"{Request(id)}/co-signature";

    public static string CoSignatureCode(Guid id) => $"{CoSignature(id)}/code";

    public static string Iban(Guid id, int position) => $"{Request(id)}/caregivers/{position}/iban";

    public static string Consent(Guid id, int position) => $"{Request(id)}/caregivers/{position}/consent";

    public static string CheckIns(Guid id) => $"{Request(id)}/check-ins";
}
