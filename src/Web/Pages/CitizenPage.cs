using System.Text.Encodings.Web;

namespace Waardering.Web.Pages;

/// <summary>
/// The plain pages behind citizens' mail links: large type, short sentences (B1), no scripts; a
/// long Dutch word in a heading (Mantelzorgwaardering) breaks rather than run off a phone. A
/// link only opens a page; acting on it takes a button, because mail scanners open links too.
/// The links carry tokens: pages send no referrer, and those that show a person's request are not
/// stored by the browser (<see cref="NotStored"/>).
/// </summary>
public static class CitizenPage
{
    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    public static ContentHttpResult Html(string title, string body, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Content($"""
            <!DOCTYPE html>
            <html lang="nl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>{Encode(title)}</title></head>
            <body style="font-family: Arial, sans-serif; font-size: 18px; line-height: 1.5; max-width: 40em; margin: 2em auto; padding: 0 1em;">
            <h1 style="overflow-wrap: break-word; hyphens: auto;">{Encode(title)}</h1>
            {body}
            </body>
            </html>
            """, "text/html; charset=utf-8", statusCode: statusCode);

    /// <summary>Keeps the page out of the browser's and proxies' caches.</summary>
    public static void NotStored(HttpResponse response) => response.Headers.CacheControl = "no-store";

    public static ContentHttpResult Message(string title, string text, int statusCode = StatusCodes.Status200OK) =>
        Html(title, $"<p>{Encode(text)}</p>", statusCode);
}
