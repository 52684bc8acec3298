using Npgsql;
using Waardering.Data.Auth;
using Waardering.Web.Schemes;

namespace Waardering.Web.Auth;

/// <summary>A body that names the municipality it is about (a batch to build, costs to charge).</summary>
public interface IForMunicipality
{
    string? Municipality { get; }
}

/// <summary>
/// How a staff route finds the municipality whose data it touches. Every staff route declares one
/// (the authorization matrix test holds them to it), and one of another municipality answers 404,
/// exactly as a missing one does, so it reveals nothing.
/// </summary>
public abstract record MunicipalityScope
{
    /// <summary>The code in the path, the query or the body (<see cref="IForMunicipality"/>) under this name.</summary>
    public sealed record Named(string Parameter) : MunicipalityScope;

    /// <summary>The municipality of the object whose id is in the path under this name.</summary>
    public sealed record Owner(OwnedKind Kind, string Parameter) : MunicipalityScope;

    /// <summary>
    /// The handler itself keeps to the staff member's municipalities: one that spans them (a
    /// person's data) passes the codes to its SQL, so it finds only their rows.
    /// </summary>
    public sealed record Filtered : MunicipalityScope;
}

public static class MunicipalityScopeExtensions
{
    public static TBuilder ScopedByMunicipality<TBuilder>(this TBuilder builder, string parameter = "municipality")
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new MunicipalityScope.Named(parameter)).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var code = http.Request.RouteValues[parameter] as string ?? http.Request.Query[parameter].FirstOrDefault()
                ?? context.Arguments.OfType<IForMunicipality>().FirstOrDefault()?.Municipality;
            var errors = new FieldErrors();
            SchemeKey.CheckMunicipality(code, errors);
            // A missing or malformed code is the handler's to refuse (400, naming the field).
            return errors.Any || StaffMunicipalities.Of(http).Covers(code) ? await next(context) : TypedResults.NotFound();
        });

    public static TBuilder ScopedByOwner<TBuilder>(this TBuilder builder, OwnedKind kind, string parameter = "id")
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new MunicipalityScope.Owner(kind, parameter)).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var id = http.Request.RouteValues[parameter] as string ?? "";
            var dataSource = http.RequestServices.GetRequiredService<NpgsqlDataSource>();
            return await MunicipalityOwnership.BelongsToAsync(dataSource, kind, id, StaffMunicipalities.Of(http).ToArray(), http.RequestAborted)
                ? await next(context)
                : TypedResults.NotFound();
        });

    public static TBuilder ScopedByItsHandler<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new MunicipalityScope.Filtered());
}
