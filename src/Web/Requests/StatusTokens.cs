using Waardering.Data.Privacy;

namespace Waardering.Web.Requests;

/// <summary>The citizen's key to follow a request, sent in the header <c>X-Status-Token</c>.</summary>
public static class StatusTokens
{
    public const string Header = "X-Status-Token";

    public static string New() => SecretTokens.New();

    public static byte[] Hash(string token) => SecretTokens.Hash(token);

    public static bool Matches(string? token, byte[] storedHash) => SecretTokens.Matches(token, storedHash);
}
