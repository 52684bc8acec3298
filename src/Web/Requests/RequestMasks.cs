using Waardering.Data.Privacy;
using Waardering.Data.Requests;
using Waardering.Domain;

namespace Waardering.Web.Requests;

/// <summary>
/// A request's personal numbers as staff see them, in the API and the back office alike: the BSN
/// unsealed only to be masked, an IBAN masked (one that no longer parses shows nothing of itself).
/// </summary>
public static class RequestMasks
{
    public static string? Bsn(RequestRecord request, PersonalDataProtector protector) =>
        request.RecipientBsnEncrypted is { } sealedBsn && Domain.Bsn.TryParse(protector.Unseal(sealedBsn, BsnPurpose.Seal), out var bsn)
            ? bsn.Masked
            : null;

    public static string? Iban(string? iban) =>
        iban is null ? null : Domain.Iban.TryParse(iban, out var parsed) ? parsed.Masked : "****";

    public static string? Postcode(string? postcode) =>
        Domain.Postcode.TryParse(postcode, out var parsed) ? parsed.ToString() : postcode;
}
