using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Waardering.DevIdentity;

/// <summary>
/// The claim names this provider writes into its tokens. Entra ID, Keycloak and ADFS each spell
/// them their own way; a users file can spell them otherwise to show that the service's
/// <c>Auth:Oidc:Claims:*</c> settings follow.
/// </summary>
public sealed record ClaimNames(string Subject = "sub", string Name = "name", string Role = "role", string Municipality = "municipality");

/// <summary>A development user: one per role and municipality, with a password that is only ever used here.</summary>
public sealed record DevUser(string Username, string Password, string Name, string[] Roles, string[] Municipalities, string? Subject = null)
{
    /// <summary>Stable across restarts, so the audit trail of a developer's database keeps naming the same person.</summary>
    public string SubjectOrDefault => Subject ?? $"dev-{Username}";
}

/// <summary>The users file (<c>DevIdentity:UsersFile</c>, by default users.json beside the program).</summary>
public sealed class DevUsers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DevUsers(ClaimNames claimNames, IReadOnlyList<DevUser> users) => (ClaimNames, Users) = (claimNames, users);

    public ClaimNames ClaimNames { get; }

    public IReadOnlyList<DevUser> Users { get; }

    public static DevUsers Load(string path)
    {
        var file = JsonSerializer.Deserialize<UsersFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"{path} holds no users.");
        return new DevUsers(file.ClaimNames ?? new ClaimNames(), file.Users);
    }

    /// <summary>The user with this name and password; both compared in constant time, so timing tells nothing.</summary>
    public DevUser? Find(string? username, string? password) => Users.FirstOrDefault(u =>
        FixedTimeEquals(u.Username, username?.Trim() ?? "") & FixedTimeEquals(u.Password, password ?? ""));

    /// <summary>
    /// The claims of the user under this file's names, one claim per role and per municipality.
    /// OpenID Connect requires <c>sub</c>; where the file names the subject otherwise (Entra ID's
    /// <c>oid</c>), <c>sub</c> gets another value, so only the configured name leads to the person.
    /// </summary>
    public IEnumerable<Claim> ClaimsOf(DevUser user)
    {
        var names = ClaimNames;
        yield return new Claim("sub", names.Subject == "sub" ? user.SubjectOrDefault : $"pairwise-{user.Username}");
        if (names.Subject != "sub")
        {
            yield return new Claim(names.Subject, user.SubjectOrDefault);
        }

        yield return new Claim(names.Name, user.Name);
        foreach (var role in user.Roles)
        {
            yield return new Claim(names.Role, role);
        }

        foreach (var code in user.Municipalities)
        {
            yield return new Claim(names.Municipality, code);
        }
    }

    /// <summary>What the start-up output shows, one user a line.</summary>
    public string Describe() => string.Join(Environment.NewLine, Users.Select(u =>
        $"  {u.Username,-8} password {u.Password,-10} {u.Name,-15} {string.Join(",", u.Roles),-8} {string.Join(",", u.Municipalities)}"));

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(actual)));

    private sealed record UsersFile(ClaimNames? ClaimNames, DevUser[] Users);
}
