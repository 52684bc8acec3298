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
public sealed record ClaimNames(
    string Subject = "sub", string Name = "name", string Role = "role", string Municipality = "municipality", string Bsn = "bsn");

/// <summary>
/// A test citizen for the DigiD sign-in: a BSN that passes the 11-proef in the 9999 range that is
/// no one's, and a name that is plainly made up.
/// </summary>
public sealed record DevCitizen(string Username, string Password, string Name, string Bsn);

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

    public DevUsers(ClaimNames claimNames, IReadOnlyList<DevUser> users, IReadOnlyList<DevCitizen>? citizens = null) =>
        (ClaimNames, Users, Citizens) = (claimNames, users, citizens ?? []);

    public ClaimNames ClaimNames { get; }

    public IReadOnlyList<DevUser> Users { get; }

    /// <summary>Who signs in at the citizens' client, as at a DigiD broker.</summary>
    public IReadOnlyList<DevCitizen> Citizens { get; }

    public static DevUsers Load(string path)
    {
        var file = JsonSerializer.Deserialize<UsersFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"{path} holds no users.");
        return new DevUsers(file.ClaimNames ?? new ClaimNames(), file.Users, file.Citizens);
    }

    /// <summary>The user with this name and password; both compared in constant time, so timing tells nothing.</summary>
    public DevUser? Find(string? username, string? password) => Users.FirstOrDefault(u => Matches(u.Username, u.Password, username, password));

    /// <summary>The test citizen with this name and password.</summary>
    public DevCitizen? FindCitizen(string? username, string? password) =>
        Citizens.FirstOrDefault(c => Matches(c.Username, c.Password, username, password));

    /// <summary>What a DigiD broker tells about a citizen: a pairwise subject and the BSN.</summary>
    public IEnumerable<Claim> ClaimsOf(DevCitizen citizen) =>
        [new Claim("sub", $"dev-citizen-{citizen.Username}"), new Claim(ClaimNames.Bsn, citizen.Bsn)];

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

    /// <summary>What the start-up output shows of the test citizens, one a line.</summary>
    public string DescribeCitizens() => string.Join(Environment.NewLine, Citizens.Select(c =>
        $"  {c.Username,-8} password {c.Password,-10} BSN {c.Bsn}  {c.Name}"));

    private static bool Matches(string username, string password, string? givenUsername, string? givenPassword) =>
        FixedTimeEquals(username, givenUsername?.Trim() ?? "") & FixedTimeEquals(password, givenPassword ?? "");

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(actual)));

    private sealed record UsersFile(ClaimNames? ClaimNames, DevUser[] Users, DevCitizen[]? Citizens);
}
