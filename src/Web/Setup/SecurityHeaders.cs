namespace Waardering.Web.Setup;

/// <summary>
/// Headers on every answer: no page of the service may be framed by another site (clickjacking of
/// a decision or a consent button), a browser never guesses a file's type (an uploaded voucher file
/// or a CSV export is not HTML), and no address with a personal link's token leaves as a referrer.
/// HSTS outside Development, where the service is served over HTTPS (behind a proxy: the scheme
/// it forwards, <see cref="ProxySetup"/>).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// For the pages and the API: no script runs at all, no inline style, and nothing loads from
    /// elsewhere (the NL Design System's CSS is served by the service itself); forms post only to
    /// the service.
    /// </summary>
    public const string StrictPolicy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        + "base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The job dashboard and the API reference run their own scripts: for them only framing is forbidden.</summary>
    public const string ScriptedPolicy = "frame-ancestors 'none'";

    private static readonly string[] ScriptedPaths = [Auth.DashboardToken.Path, "/scalar"];

    /// <summary>
    /// The staff pages' sign-out form is answered with a redirect to the identity provider's
    /// end-session endpoint, and browsers hold that redirect to <c>form-action</c> too.
    /// </summary>
    public static string StaffPolicy(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri)
            ? StrictPolicy.Replace("form-action 'self'", $"form-action 'self' {uri.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
            : StrictPolicy;

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // First: behind the proxy the scheme is https before HSTS and the cookies look at it.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        var staffPolicy = StaffPolicy(Auth.OidcOptions.From(app.Configuration).Authority);
        app.Use((context, next) =>
        {
            // Taken now: a branch such as the dashboard's moves its prefix from Path to PathBase.
            var path = context.Request.Path;
            var policy = ScriptedPaths.Any(p => path.StartsWithSegments(p)) ? ScriptedPolicy
                : path.StartsWithSegments(Auth.StaffSignIn.PagesPath) ? staffPolicy : StrictPolicy;
            // Set as the answer starts: the exception handler clears headers set before it.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
