namespace Waardering.Web.Auth;

/// <summary>The roles in the words the municipality's staff use for them (B1), for the pages.</summary>
public static class RoleWords
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        [Roles.Officer] = "medewerker aanvragen",
        [Roles.Policy] = "beleidsmedewerker",
        [Roles.Auditor] = "accountant",
        [Roles.Support] = "steunpunt mantelzorg",
        [Roles.Admin] = "beheerder",
    };

    /// <summary>A role the service does not know is shown as the provider sent it: it gives no access, but the officer should see it.</summary>
    public static string Of(string role) => Words.GetValueOrDefault(role, role);
}
