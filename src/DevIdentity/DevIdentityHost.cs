using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration.Memory;
using OpenIddict.Abstractions;

namespace Waardering.DevIdentity;

/// <summary>
/// The development identity provider as a host: a real OpenID Connect server (discovery,
/// authorization with PKCE, token, end-session; keys made anew at each start) whose state lives in
/// memory. The tests build it in-process; the program runs it for <c>./scripts/run.sh</c>.
/// </summary>
public static class DevIdentityHost
{
    /// <summary>Where <c>./scripts/run.sh</c> finds it, beside the service's own port 5080.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5090";

    /// <summary>
    /// Builds the provider with these settings over the command line and the environment
    /// (<c>Urls</c> is where it listens, port 0 for a free one; <c>DevIdentity:Client:*</c> the Web
    /// as its client). It has no appsettings.json of its own, so a test project that references it
    /// keeps the Web's. Refuses any environment but Development: it signs in anyone who knows a
    /// password from the repository.
    /// </summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>(DevClient.Defaults) { ["Urls"] = DefaultUrl, ["Logging:LogLevel:Default"] = "Warning" },
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"The development identity provider only runs in Development, not in {builder.Environment.EnvironmentName}: "
                + "there the service signs staff in with the municipality's own provider (Auth:Oidc:Authority).");
        }

        var usersFile = builder.Configuration["DevIdentity:UsersFile"] is { Length: > 0 } path
            ? Path.GetFullPath(path, builder.Environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "users.json");
        builder.Services.AddSingleton(DevUsers.Load(usersFile));
        builder.Services.AddAntiforgery();
        var database = $"dev-identity-{Guid.NewGuid():N}";
        builder.Services.AddDbContext<DbContext>(db => db.UseInMemoryDatabase(database).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<DbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile, OpenIddictConstants.Scopes.Roles);
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                // Plain http on the developer's own machine; a real provider is served over https.
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        app.Use(DevIdentityPages.SecurityHeadersAsync);
        app.MapDevIdentityEndpoints();
        return app;
    }

    /// <summary>Starts the provider and registers the Web as its client; answers the address it listens on.</summary>
    public static async Task<Uri> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        await DevClient.RegisterAsync(app.Services, app.Configuration.GetSection(DevClient.Section).Get<DevClient>() ?? new DevClient());
        await DevClient.RegisterAsync(app.Services, app.Configuration.GetSection(DevClient.CitizenSection).Get<DevClient>() ?? new DevClient());
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        // The server's first answer builds its whole pipeline (seconds on a busy machine): done now,
        // not while the Web waits for its discovery document in the middle of someone's sign-in.
        using var warmUp = new HttpClient { BaseAddress = uri };
        (await warmUp.GetAsync(".well-known/openid-configuration")).EnsureSuccessStatusCode();
        return uri;
    }
}
