using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using NodaTime;

namespace Waardering.Web.Auth;

/// <summary>
/// Staff pages and the API under one authorization model. The default scheme chooses per request:
/// a bearer header, or any address outside <see cref="PagesPath"/>, is the API's JWT bearer scheme
/// (401 without a token, never a redirect); a page under <see cref="PagesPath"/> without one uses
/// the session cookie, whose challenge signs in at the provider (authorization code with PKCE).
/// The policies and the municipality scoping are the same for both.
/// </summary>
public static class StaffSignIn
{
    public const string Scheme = "staff-or-api";
    public const string CookieScheme = "staff-session";
    public const string OidcScheme = "staff-oidc";
    public const string PagesPath = "/staff";
    public const string SignedOutPath = "/staff/signed-out";

    public static AuthenticationBuilder AddStaffSignIn(this AuthenticationBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        var oidc = OidcOptions.From(configuration);
        var secure = OidcClient.SecurePolicy(environment);
        builder.AddPolicyScheme(Scheme, null, policy => policy.ForwardDefaultSelector = context =>
            UsesSession(context.Request) ? CookieScheme : JwtBearerDefaults.AuthenticationScheme);
        builder.AddCookie(CookieScheme, cookie =>
        {
            OidcClient.ConfigureSession(cookie, "waardering-staff", secure, TimeSpan.FromMinutes(oidc.SessionMinutes),
                Duration.FromHours(oidc.AbsoluteHours));
            cookie.ForwardChallenge = oidc.IsConfigured ? OidcScheme : null;
            cookie.Events.OnRedirectToLogin = context => StaffAccessPages.NotConfiguredAsync(context.HttpContext);
            cookie.Events.OnRedirectToAccessDenied = context => StaffAccessPages.ForbiddenAsync(context.HttpContext);
        });
        if (oidc.IsConfigured)
        {
            builder.AddOpenIdConnect(OidcScheme, options => StaffOidc.Configure(options, oidc, secure));
        }

        return builder;
    }

    private static bool UsesSession(HttpRequest request) =>
        request.Path.StartsWithSegments(PagesPath)
        && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
