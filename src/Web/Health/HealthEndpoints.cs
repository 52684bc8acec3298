namespace Waardering.Web.Health;

public static class HealthEndpoints
{
    /// <summary>200 when the database answers, 503 otherwise: for load balancers and monitoring.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}
