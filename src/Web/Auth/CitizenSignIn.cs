using Microsoft.AspNetCore.Authentication;
using NodaTime;

namespace Waardering.Web.Auth;

/// <summary>
/// Citizens' sign-in with DigiD, apart from staff's: a cookie and an OpenID Connect client of its
/// own. Neither is a default scheme, so a citizen's session never authenticates a staff page or
/// the API (whose fallback policy stays staff-only): only the citizens' pages read it, through
/// <see cref="CitizenSession"/>.
/// </summary>
public static class CitizenSignIn
{
    public const string CookieScheme = "citizen-session";
    public const string OidcScheme = "citizen-oidc";
    public const string CallbackPath = "/citizen/signin-oidc";

    public static AuthenticationBuilder AddCitizenSignIn(this AuthenticationBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        var oidc = CitizenOidcOptions.From(configuration);
        var secure = OidcClient.SecurePolicy(environment);
        builder.AddCookie(CookieScheme, cookie => OidcClient.ConfigureSession(cookie, "waardering-citizen", secure,
            TimeSpan.FromMinutes(oidc.IdleMinutes), Duration.FromMinutes(oidc.AbsoluteMinutes)));
        // The idle limit (ExpireTimeSpan) is measured by the service's clock, like the absolute limit.
        builder.Services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(CookieScheme)
            .Configure<IClock>((cookie, clock) => cookie.TimeProvider = new ClockTimeProvider(clock));
        if (oidc.IsConfigured)
        {
            builder.AddOpenIdConnect(OidcScheme, options => CitizenOidc.Configure(options, oidc, secure));
        }

        return builder;
    }
}
