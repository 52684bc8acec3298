using Waardering.Data.Startup;
using Waardering.Web.Auth;

namespace Waardering.Web.Setup;

/// <summary>
/// Web's part of <see cref="TryOutSettings"/>: besides the shared keys and address, staff tokens
/// must come from the identity provider (<c>Auth:Authority</c>) or be signed with a key of the
/// deployment's own; the committed Development key would let anyone with the repository sign one.
/// </summary>
public static class TryOutRefusal
{
    public static void RefuseTryOutSettings(this WebApplication app)
    {
        var problems = TryOutSettings.SharedProblems(app.Configuration);
        var auth = app.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (string.IsNullOrWhiteSpace(auth.Authority)
            && (string.IsNullOrWhiteSpace(auth.SigningKey) || TryOutSettings.IsDevelopmentKey(app.Configuration, "Auth:SigningKey")))
        {
            problems.Add("Auth:Authority is not set; set the identity provider (or Auth:SigningKey to a key of your own)");
        }

        TryOutSettings.Refuse(app.Environment, problems);
    }
}
