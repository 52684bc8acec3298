using System.Net;
using System.Text.RegularExpressions;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>
/// Posting a citizen's form outside a browser, as a browser does: the form's page is opened first
/// by the same client (its anti-forgery cookie stays in the client's cookie container), and the
/// page's hidden token is sent back with the fields.
/// </summary>
public static partial class CitizenForms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>The fields with the token of the form on <paramref name="page"/>, opened now by <paramref name="client"/>.</summary>
    public static async Task<FormUrlEncodedContent> ContentAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields) =>
        Content(fields, await TokenAsync(client, page));

    public static FormUrlEncodedContent Content(IEnumerable<KeyValuePair<string, string>> fields, string token) =>
        new(fields.Append(KeyValuePair.Create(TokenField, token)));

    /// <summary>The fields and the token as one dictionary, for a test that changes the form before it posts it.</summary>
    public static async Task<Dictionary<string, string>> WithTokenAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields) =>
        new(fields) { [TokenField] = await TokenAsync(client, page) };

    /// <summary>The anti-forgery token of the first form on the page; the page must have one.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        var match = Token().Match(html);
        Assert.True(match.Success, $"{page} ({(int)response.StatusCode}) has no form with an anti-forgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
