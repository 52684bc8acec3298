using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Waardering.DevIdentity;

/// <summary>
/// The one client this provider knows: the Web, a confidential client with a secret, signing in
/// with the authorization code flow and PKCE (section <c>DevIdentity:Client</c>).
/// </summary>
public sealed class DevClient
{
    public const string Section = "DevIdentity:Client";

    /// <summary>The Web's second client: the citizens' sign-in, as at a DigiD broker.</summary>
    public const string CitizenSection = "DevIdentity:CitizenClient";

    public string ClientId { get; set; } = "waardering-web";

    /// <summary>Development only, like the provider: the Web's <c>Auth:Oidc:ClientSecret</c> in its appsettings.Development.json.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>The Web's sign-in callback, e.g. <c>http://127.0.0.1:5080/staff/signin-oidc</c>.</summary>
    public string[] RedirectUris { get; set; } = [];

    /// <summary>Where the Web may send the browser after signing out at this provider.</summary>
    public string[] PostLogoutRedirectUris { get; set; } = [];

    /// <summary>The Web as <c>./scripts/run.sh</c> starts it; settings override each key.</summary>
    public static readonly Dictionary<string, string?> Defaults = new()
    {
        [$"{Section}:ClientSecret"] = "dev-only-secret-of-the-web",
        [$"{Section}:RedirectUris:0"] = "http://127.0.0.1:5080/staff/signin-oidc",
        [$"{Section}:PostLogoutRedirectUris:0"] = "http://127.0.0.1:5080/staff/signout-callback-oidc",
        [$"{CitizenSection}:ClientId"] = "waardering-citizens",
        [$"{CitizenSection}:ClientSecret"] = "dev-only-secret-of-the-citizens",
        [$"{CitizenSection}:RedirectUris:0"] = "http://127.0.0.1:5080/citizen/signin-oidc",
    };

    /// <summary>Whether an authorization request comes from the citizens' client: then citizens sign in, not staff.</summary>
    public static bool IsCitizens(IConfiguration configuration, string? clientId) =>
        clientId is not null && clientId == configuration[$"{CitizenSection}:ClientId"];

    /// <summary>Registers the client, or replaces its addresses (a test learns the Web's port only once it runs).</summary>
    public static async Task RegisterAsync(IServiceProvider services, DevClient client)
    {
        await using var scope = services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Waardering",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in client.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in client.PostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        if (await manager.FindByClientIdAsync(client.ClientId) is { } existing)
        {
            await manager.UpdateAsync(existing, descriptor);
        }
        else
        {
            await manager.CreateAsync(descriptor);
        }
    }
}
