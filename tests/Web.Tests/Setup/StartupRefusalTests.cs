using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Waardering.Data.Startup;
using Waardering.Testing;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Setup;

/// <summary>
/// Outside Development the Web host refuses to start with the keys committed for trying it out,
/// without an identity provider or a signing key of its own, or without its public address; the
/// message names each setting. (The tests' own host, in environment Testing, shows that good
/// settings start.)
/// </summary>
public sealed class StartupRefusalTests
{
    [Fact]
    public void Production_WithTheDevelopmentKeys_RefusesNamingEachKey()
    {
        var message = StartFails(new()
        {
            ["Privacy:EncryptionKey"] = TryOutSettings.DevelopmentKeys["Privacy:EncryptionKey"],
            ["Privacy:HashKey"] = TryOutSettings.DevelopmentKeys["Privacy:HashKey"],
            ["Auth:SigningKey"] = TryOutSettings.DevelopmentKeys["Auth:SigningKey"],
            ["Links:PublicBaseUrl"] = TestEnvironment.PublicBaseUrl,
        });

        Assert.Contains("Privacy:EncryptionKey", message);
        Assert.Contains("Privacy:HashKey", message);
        Assert.Contains("Auth:SigningKey", message);
        Assert.DoesNotContain("Links:PublicBaseUrl", message);
    }

    [Fact]
    public void Production_WithoutAuthorityOrSigningKey_RefusesNamingAuthAuthority()
    {
        var message = StartFails(new() { ["Links:PublicBaseUrl"] = TestEnvironment.PublicBaseUrl });

        Assert.Contains("Auth:Authority", message);
        Assert.DoesNotContain("Privacy:", message);
    }

    [Fact]
    public void Production_WithoutPublicBaseUrl_RefusesNamingIt()
    {
        var message = StartFails(new() { ["Auth:SigningKey"] = WebAppFixture.SigningKey });

        Assert.Contains("Links:PublicBaseUrl", message);
        Assert.DoesNotContain("Auth:", message);
    }

    [Fact]
    public void Production_WithTheDevelopmentProvidersClientSecret_RefusesNamingIt()
    {
        var message = StartFails(new()
        {
            ["Auth:SigningKey"] = WebAppFixture.SigningKey,
            ["Links:PublicBaseUrl"] = TestEnvironment.PublicBaseUrl,
            ["Auth:Oidc:Authority"] = "https://login.gemeente.example.org",
            ["Auth:Oidc:ClientSecret"] = TryOutSettings.DevelopmentKeys["Auth:Oidc:ClientSecret"],
        });

        Assert.Contains("Auth:Oidc:ClientSecret", message);
        Assert.DoesNotContain("Auth:SigningKey", message);
    }

    [Fact]
    public void DevelopmentKeys_AreTheOnesCommittedInAppsettingsDevelopment()
    {
        var web = Settings("src/Web/appsettings.Development.json");
        var worker = Settings("src/Worker/appsettings.Development.json");

        Assert.Equal(TryOutSettings.DevelopmentKeys["Auth:SigningKey"], (string?)web["Auth"]!["SigningKey"]);
        Assert.Equal(TryOutSettings.DevelopmentKeys["Auth:Oidc:ClientSecret"], (string?)web["Auth"]!["Oidc"]!["ClientSecret"]);
        Assert.Equal(TryOutSettings.DevelopmentKeys["Auth:Oidc:ClientSecret"], DevIdentity.DevClient.Defaults[$"{DevIdentity.DevClient.Section}:ClientSecret"]);
        Assert.Equal(TryOutSettings.DevelopmentKeys["Citizens:Oidc:ClientSecret"], (string?)web["Citizens"]!["Oidc"]!["ClientSecret"]);
        Assert.Equal(TryOutSettings.DevelopmentKeys["Citizens:Oidc:ClientSecret"],
            DevIdentity.DevClient.Defaults[$"{DevIdentity.DevClient.CitizenSection}:ClientSecret"]);
        foreach (var file in new[] { web, worker })
        {
            Assert.Equal(TryOutSettings.DevelopmentKeys["Privacy:EncryptionKey"], (string?)file["Privacy"]!["EncryptionKey"]);
            Assert.Equal(TryOutSettings.DevelopmentKeys["Privacy:HashKey"], (string?)file["Privacy"]!["HashKey"]);
        }
    }

    /// <summary>Starts the Web host in Production with only these settings (and the test keys unless given); returns the refusal.</summary>
    private static string StartFails(Dictionary<string, string> settings)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.UseSetting("ConnectionStrings:Waardering", "Host=127.0.0.1;Port=1;Database=none");
            web.UseSetting("Privacy:EncryptionKey", TestEnvironment.EncryptionKey);
            web.UseSetting("Privacy:HashKey", TestEnvironment.HashKey);
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
        var refusal = Assert.ThrowsAny<Exception>(() => factory.Server);
        var message = refusal.ToString();
        Assert.Contains("Refusing to start in Production", message);
        return message;
    }

    private static JsonNode Settings(string path)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Waardering.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("Waardering.sln not found above the test's folder.");
        }

        return JsonNode.Parse(File.ReadAllText(Path.Combine(directory.FullName, path)))!;
    }
}
