using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Waardering.Data.Links;
using Waardering.Data.Privacy;

namespace Waardering.Data.Startup;

/// <summary>
/// Outside Development a host refuses to start with what is only there for trying the service out:
/// the keys committed in appsettings.Development.json (whoever has the repository could read every
/// BSN, find a person by keyed hash, or sign a staff token), or without the public address that
/// citizens' links point to (a mail would send them to a developer's machine). Each host adds its
/// own settings to the shared ones, and one message names every setting that is wrong.
/// </summary>
public static class TryOutSettings
{
    /// <summary>The committed Development keys; a test holds these to the appsettings.Development.json files.</summary>
    public static readonly IReadOnlyDictionary<string, string> DevelopmentKeys = new Dictionary<string, string>
    {
        [$"{PrivacyOptions.Section}:{nameof(PrivacyOptions.EncryptionKey)}"] = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        [$"{PrivacyOptions.Section}:{nameof(PrivacyOptions.HashKey)}"] = "HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=",
        ["Auth:SigningKey"] = "Efxc0/jJ8/J9SgYfErjHWNa+3RTpiCTONwhFNu36Kgk=",
        // The Web's secret at the development identity provider (src/DevIdentity).
        ["Auth:Oidc:ClientSecret"] = "dev-only-secret-of-the-web",
        // The citizens' sign-in's secret there, standing in for a DigiD broker.
        ["Citizens:Oidc:ClientSecret"] = "dev-only-secret-of-the-citizens",
    };

    public const string PublicBaseUrlSetting = $"{LinkOptions.Section}:{nameof(LinkOptions.PublicBaseUrl)}";

    /// <summary>What both hosts need: keys of their own and the public address.</summary>
    public static List<string> SharedProblems(IConfiguration configuration)
    {
        var problems = DevelopmentKeys.Keys.Where(setting => IsDevelopmentKey(configuration, setting))
            .Select(setting => $"{setting} is the development key from the repository; set a key of your own")
            .ToList();
        if (string.IsNullOrWhiteSpace(configuration[PublicBaseUrlSetting]))
        {
            problems.Add($"{PublicBaseUrlSetting} is not set; set the public https address that links in mails point to");
        }

        return problems;
    }

    public static bool IsDevelopmentKey(IConfiguration configuration, string setting) =>
        configuration[setting] is { Length: > 0 } value && value.Trim() == DevelopmentKeys[setting];

    /// <summary>Throws, naming each problem, unless the environment is Development or there are none.</summary>
    public static void Refuse(IHostEnvironment environment, IReadOnlyList<string> problems)
    {
        if (environment.IsDevelopment() || problems.Count == 0)
        {
            return;
        }

        throw new InvalidOperationException(
            $"Refusing to start in {environment.EnvironmentName} with settings only meant for trying the service out: "
            + string.Join("; ", problems) + ".");
    }
}
