using System.Text.RegularExpressions;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>
/// Posting a back-office form outside a browser: the anti-forgery token comes from a page this
/// same client opened (its cookie stays in the client's cookie container), as in a browser.
/// </summary>
public static partial class StaffForms
{
    /// <summary>Every staff role may open it, and like every staff page it carries the sign-out form's token.</summary>
    public const string TokenPage = "/staff/account";

    public static async Task<FormUrlEncodedContent> ContentAsync(HttpClient client, IEnumerable<(string Name, string Value)>? fields = null)
    {
        var all = (fields ?? []).Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (await TokenAsync(client) is { } token)
        {
            all.Add(new("__RequestVerificationToken", token));
        }

        return new FormUrlEncodedContent(all);
    }

    /// <summary>The token of the first form on the token page, or none when this client cannot open it.</summary>
    public static async Task<string?> TokenAsync(HttpClient client)
    {
        var response = await client.GetAsync(TokenPage);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var match = Token().Match(await response.Content.ReadAsStringAsync());
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
