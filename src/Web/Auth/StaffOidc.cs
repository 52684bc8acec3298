using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Waardering.Web.Auth;

/// <summary>The OpenID Connect client of the staff pages: authorization code with PKCE, the claims mapped on sign-in.</summary>
public static class StaffOidc
{
    public static void Configure(OpenIdConnectOptions options, OidcOptions oidc, CookieSecurePolicy secure)
    {
        OidcClient.ConfigureFlow(options, oidc.Authority, oidc.ClientId, oidc.ClientSecret, oidc.RequireHttpsMetadata, oidc.Scopes, secure);
        options.CallbackPath = StaffSignIn.PagesPath + "/signin-oidc";
        options.SignedOutCallbackPath = StaffSignIn.PagesPath + "/signout-callback-oidc";
        options.SignedOutRedirectUri = StaffSignIn.SignedOutPath;
        options.SignInScheme = StaffSignIn.CookieScheme;
        options.SignOutScheme = StaffSignIn.CookieScheme;
        options.Events = new OpenIdConnectEvents
        {
            // A form posted after the session ended cannot be replayed after signing in: back to the queue instead.
            OnRedirectToIdentityProvider = context =>
            {
                if (!HttpMethods.IsGet(context.Request.Method))
                {
                    context.Properties.RedirectUri = StaffSignIn.PagesPath;
                }

                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                var principal = StaffClaims.FromProvider(context.Principal!, oidc.Claims, StaffSignIn.CookieScheme);
                if (principal is null)
                {
                    context.Fail($"The provider names no subject ({oidc.Claims.Subject}).");
                    return Task.CompletedTask;
                }

                context.Principal = principal;
                // Only the id token is kept: the provider wants it as a hint when the session ends there.
                var idToken = context.TokenEndpointResponse?.IdToken ?? context.ProtocolMessage.IdToken;
                context.Properties!.StoreTokens([new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = idToken }]);
                return Task.CompletedTask;
            },
            OnRemoteFailure = async context =>
            {
                context.HandleResponse();
                await StaffAccessPages.SignInFailedAsync(context.HttpContext);
            },
        };
    }
}
