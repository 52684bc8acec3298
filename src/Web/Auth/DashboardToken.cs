using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Waardering.Web.Auth;

/// <summary>
/// A browser cannot send a bearer header to the Hangfire dashboard and its scripts. The admin
/// opens <c>/hangfire?access_token=…</c> once; the token is then kept in an HttpOnly cookie that
/// is only sent to the dashboard's own path.
/// </summary>
public static class DashboardToken
{
    public const string Path = "/hangfire";
    private const string CookieName = "waardering_dashboard";

    public static readonly JwtBearerEvents Events = new()
    {
        OnMessageReceived = context =>
        {
            var request = context.HttpContext.Request;
            if (!request.Path.StartsWithSegments(Path))
            {
                return Task.CompletedTask;
            }

            if (request.Query["access_token"] is [{ Length: > 0 } fromQuery])
            {
                context.Token = fromQuery;
                context.HttpContext.Response.Cookies.Append(CookieName, fromQuery, new CookieOptions
                {
                    HttpOnly = true,
                    // Outside Development always: behind a proxy that ends TLS the request may still
                    // look like http (a proxy not in Proxy:KnownProxies), and the token must never go out in clear.
                    Secure = request.IsHttps || !context.HttpContext.RequestServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment(),
                    SameSite = SameSiteMode.Strict,
                    Path = Path,
                });
            }
            else if (request.Cookies.TryGetValue(CookieName, out var fromCookie))
            {
                context.Token = fromCookie;
            }

            return Task.CompletedTask;
        },
    };
}
