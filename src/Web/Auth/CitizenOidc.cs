using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Localization;
using Waardering.Domain;
using Waardering.Web.Pages;

namespace Waardering.Web.Auth;

/// <summary>
/// The OpenID Connect client of the citizens' sign-in at the DigiD broker: authorization code with
/// PKCE, like staff's (<see cref="StaffOidc"/>). The session keeps the BSN from the configured
/// claim and nothing else: no tokens, no name.
/// </summary>
public static class CitizenOidc
{
    public static void Configure(OpenIdConnectOptions options, CitizenOidcOptions oidc, CookieSecurePolicy secure)
    {
        OidcClient.ConfigureFlow(options, oidc.Authority, oidc.ClientId, oidc.ClientSecret, oidc.RequireHttpsMetadata, oidc.Scopes, secure);
        options.CallbackPath = CitizenSignIn.CallbackPath;
        options.SignInScheme = CitizenSignIn.CookieScheme;
        options.Events = new OpenIdConnectEvents
        {
            OnTokenValidated = context =>
            {
                if (!Bsn.TryParse(context.Principal?.FindFirst(oidc.BsnClaim)?.Value, out var bsn))
                {
                    context.Fail($"The broker sent no valid BSN in the claim {oidc.BsnClaim}.");
                    return Task.CompletedTask;
                }

                context.Principal = CitizenSession.Principal(bsn);
                return Task.CompletedTask;
            },
            OnRemoteFailure = async context =>
            {
                context.HandleResponse();
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                var texts = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
                await MessagePage.Result(texts["digid.failedTitle"], texts["digid.failed"], StatusCodes.Status403Forbidden)
                    .ExecuteAsync(context.HttpContext);
            },
        };
    }
}
