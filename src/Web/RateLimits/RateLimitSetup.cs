using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Waardering.Web.RateLimits;

/// <summary>
/// ASP.NET Core's rate limiter on every call without sign-in, per client address, and tighter on
/// submitting a request (<see cref="Submissions"/>). Signed-in staff are not limited. Past a
/// limit: 429 with <c>Retry-After</c> and a problem details body.
/// </summary>
public static class RateLimitSetup
{
    /// <summary>The policy of the routes that store a request without sign-in.</summary>
    public const string Submissions = "submissions";

    public static IServiceCollection AddWaarderingRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<RecipientRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
        {
            var l = limits.Value;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                PerClient(context, l.PerClientPermitLimit, l.PerClientWindowSeconds));
            o.AddPolicy(Submissions, context => PerClient(context, l.SubmissionsPerClientPermitLimit, l.SubmissionsPerClientWindowSeconds));
            o.OnRejected = (context, cancellationToken) => new ValueTask(TooManyAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(l.PerClientWindowSeconds)));
        });
        return services;
    }

    /// <summary>Writes the 429 answer: Retry-After in whole seconds, and a problem details body naming the wait.</summary>
    public static Task TooManyAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = SetRetryAfter(context.Response, retryAfter);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = Title(seconds) },
        }).AsTask();
    }

    private static int RetryAfterSeconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    /// <summary>Sets Retry-After in whole seconds (at least 1) and returns them.</summary>
    public static int SetRetryAfter(HttpResponse response, TimeSpan retryAfter)
    {
        var seconds = RetryAfterSeconds(retryAfter);
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }

    /// <summary>The 429's title in the caller's language: only callers without sign-in are limited.</summary>
    public static string Title(int seconds) => Texts.CitizenWords.Of("problems.tooMany", seconds);

    // Staff are known by their token and are not limited; the health check is the load balancer's.
    // A partition is kept by its key, so the unlimited one has a key no client address can take.
    private static RateLimitPartition<string> PerClient(HttpContext context, int permitLimit, int windowSeconds) =>
        context.User.Identity?.IsAuthenticated == true || context.Request.Path.StartsWithSegments("/health")
            ? RateLimitPartition.GetNoLimiter("unlimited")
            : RateLimitPartition.GetFixedWindowLimiter($"client:{context.Connection.RemoteIpAddress}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = TimeSpan.FromSeconds(windowSeconds), QueueLimit = 0 });
}
