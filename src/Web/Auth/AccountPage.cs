using Microsoft.AspNetCore.Antiforgery;
using Waardering.Web.Pages;

namespace Waardering.Web.Auth;

/// <summary>"Uw account": who the service takes the signed-in staff member for, and the sign-out button.</summary>
public static class AccountPage
{
    public static IResult Render(HttpContext http, IAntiforgery antiforgery)
    {
        var user = http.User;
        var roles = user.Identities.SelectMany(i => i.FindAll(i.RoleClaimType)).Select(c => RoleWords.Of(c.Value)).ToList();
        var municipalities = StaffMunicipalities.Of(http).Codes.Order(StringComparer.Ordinal).ToList();
        var tokens = antiforgery.GetAndStoreTokens(http);
        CitizenPage.NotStored(http.Response);
        return CitizenPage.Html("Uw account", $"""
            <dl>
            <dt>Naam</dt><dd>{CitizenPage.Encode(user.Identity?.Name)}</dd>
            <dt>Rollen</dt><dd>{CitizenPage.Encode(roles.Count == 0 ? "geen" : string.Join(", ", roles))}</dd>
            <dt>Gemeenten</dt><dd>{CitizenPage.Encode(municipalities.Count == 0 ? "geen" : string.Join(", ", municipalities))}</dd>
            <dt>Kenmerk in het logboek</dt><dd>{CitizenPage.Encode(user.FindFirst(StaffActor.SubjectClaim)?.Value)}</dd>
            </dl>
            <form method="post" action="/staff/sign-out">
            <input type="hidden" name="{CitizenPage.Encode(tokens.FormFieldName)}" value="{CitizenPage.Encode(tokens.RequestToken)}">
            <button type="submit">Uitloggen</button>
            </form>
            """);
    }
}
