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

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // First: behind the proxy the scheme is https before HSTS and the cookies look at it.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            // Taken now: a branch such as the dashboard's moves its prefix from Path to PathBase.
            var policy = ScriptedPaths.Any(p => context.Request.Path.StartsWithSegments(p)) ? ScriptedPolicy : StrictPolicy;
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
