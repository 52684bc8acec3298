namespace Waardering.Web.Auth;

/// <summary>
/// A route open in routing whose handler admits staff under <see cref="StaffPolicy"/> or a citizen
/// who sends the token of their own request in <see cref="Header"/>. The OpenAPI document declares
/// both ways in.
/// </summary>
public sealed record CitizenTokenAccess(string Header, string StaffPolicy);

public static class CitizenTokenAccessExtensions
{
    public static RouteHandlerBuilder AllowCitizenToken(this RouteHandlerBuilder builder, string header, string staffPolicy) =>
        builder.AllowAnonymous().WithMetadata(new CitizenTokenAccess(header, staffPolicy));
}
