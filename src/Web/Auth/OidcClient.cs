using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using NodaTime;

namespace Waardering.Web.Auth;

/// <summary>What the staff's and the citizens' sign-in share: the OpenID Connect client's flow and the session cookie.</summary>
public static class OidcClient
{
    /// <summary>Authorization code with PKCE, the claims as the provider names them, no tokens kept and no user-info call.</summary>
    public static void ConfigureFlow(OpenIdConnectOptions options, string? authority, string clientId, string? clientSecret,
        bool requireHttpsMetadata, string scopes, CookieSecurePolicy secure)
    {
        options.Authority = authority;
        options.ClientId = clientId;
        options.ClientSecret = clientSecret;
        options.RequireHttpsMetadata = requireHttpsMetadata;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        // The code comes back on a top-level GET: SameSite=Lax cookies travel with it from another
        // site, and so the correlation and nonce cookies work over plain http too (form_post would
        // need SameSite=None, which browsers only accept with Secure).
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = secure;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = secure;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.SaveTokens = false;
        options.Scope.Clear();
        foreach (var scope in scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            options.Scope.Add(scope);
        }
    }

    /// <summary>
    /// A session cookie for the whole site (<c>__Host-</c> over https: this host and path alone, so no
    /// subdomain can set or read it) that slides with use but ends <paramref name="absolute"/> after signing in.
    /// </summary>
    public static void ConfigureSession(CookieAuthenticationOptions cookie, string name, CookieSecurePolicy secure,
        TimeSpan idle, Duration absolute)
    {
        cookie.Cookie.Name = secure == CookieSecurePolicy.Always ? "__Host-" + name : name;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = secure;
        cookie.Cookie.Path = "/";
        cookie.ExpireTimeSpan = idle;
        cookie.SlidingExpiration = true;
        cookie.Events = new CookieAuthenticationEvents
        {
            OnSigningIn = StaffSession.OnSigningInAsync,
            OnValidatePrincipal = context => StaffSession.OnValidatePrincipalAsync(context, absolute),
        };
    }

    /// <summary>Plain http on a developer's machine and in the tests; everywhere else only over https.</summary>
    public static CookieSecurePolicy SecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing") ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
