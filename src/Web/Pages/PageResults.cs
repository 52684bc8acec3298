using Microsoft.AspNetCore.Components;

namespace Waardering.Web.Pages;

/// <summary>
/// How an endpoint answers with a page: the page is a Razor component, rendered on the server
/// (static server rendering, HTML-encoded by default) from the handler that read or changed the
/// data, with the status code that handler chose. No page needs script to work.
/// </summary>
public static class PageResults
{
    public static RazorComponentResult<TPage> Page<TPage>(object? parameters = null, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new(parameters ?? new Dictionary<string, object?>())
        {
            StatusCode = statusCode,
            ContentType = "text/html; charset=utf-8",
            // Whole pages at once: a status code chosen late, and no script to stitch streamed parts.
            PreventStreamingRendering = true,
        };
}
