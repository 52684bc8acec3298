using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Waardering.Web.Setup;

/// <summary>
/// Refuses a body above the limit before anything reads it, with problem details. The limit is
/// the endpoint's own (<see cref="IRequestSizeLimitMetadata"/>, e.g. a voucher file) or the
/// default; Kestrel is told the same, so a chunked body is cut off at it too.
/// </summary>
public static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long defaultMaxBytes) =>
        app.Use(async (context, next) =>
        {
            var maxBytes = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultMaxBytes;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = maxBytes;
            }

            if (context.Request.ContentLength > maxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = Texts.CitizenWords.Of("problems.tooLarge"),
                        Extensions = { ["errors"] = new Dictionary<string, string[]> { ["body"] = [Texts.CitizenWords.Of("problems.atMostKb", maxBytes / 1024)] } },
                    },
                });
                return;
            }

            await next(context);
        });
}
