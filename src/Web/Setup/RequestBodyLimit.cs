namespace Waardering.Web.Setup;

/// <summary>
/// Refuses a body above the limit before anything reads it. Kestrel enforces the same limit on
/// the wire (also for chunked bodies); this answers early with problem details, also behind a
/// proxy or in a host without Kestrel's limit.
/// </summary>
public static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > maxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "De aanvraag is te groot.",
                        Extensions = { ["errors"] = new Dictionary<string, string[]> { ["body"] = [$"Hoogstens {maxBytes / 1024} kB."] } },
                    },
                });
                return;
            }

            await next(context);
        });
}
