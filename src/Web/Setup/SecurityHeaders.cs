namespace Waardering.Web.Setup;

/// <summary>
/// Headers on every answer: no page of the service may be framed by another site (clickjacking of
/// a decision or a consent button), a browser never guesses a file's type (an uploaded voucher file
/// or a CSV export is not HTML), and no address with a personal link's token leaves as a referrer.
/// HSTS outside Development, where the service is served over HTTPS.
/// </summary>
public static class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            // Set as the answer starts: the exception handler clears headers set before it.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = "frame-ancestors 'none'";
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
