using static System.Net.WebUtility;

namespace Waardering.DevIdentity;

/// <summary>Plain HTML pages without scripts: the provider is a development tool, but it is as accessible as the service.</summary>
public static class DevIdentityPages
{
    public static IResult Html(string title, string body, int status = StatusCodes.Status200OK) => Results.Content($"""
        <!DOCTYPE html>
        <html lang="nl">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{HtmlEncode(title)}</title>
        <style>
        body {"{"} font-family: Arial, sans-serif; font-size: 18px; line-height: 1.5; max-width: 32em; margin: 2em auto; padding: 0 1em; color: #1a1a1a; {"}"}
        input {"{"} font-size: 1em; padding: .4em; width: 100%; max-width: 20em; border: 2px solid #1a1a1a; {"}"}
        button {"{"} font-size: 1em; padding: .5em 1.2em; background: #01689b; color: #fff; border: 0; {"}"}
        :focus {"{"} outline: 3px solid #f9dd4a; outline-offset: 2px; {"}"}
        .error {"{"} color: #b00020; font-weight: bold; {"}"}
        </style></head>
        <body><main>
        <h1>{HtmlEncode(title)}</h1>
        {body}
        </main></body>
        </html>
        """, "text/html; charset=utf-8", statusCode: status);

    /// <summary>No framing (a login form in another site's frame), no scripts, no referrer with the request's parameters.</summary>
    public static Task SecurityHeadersAsync(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next();
    }
}
