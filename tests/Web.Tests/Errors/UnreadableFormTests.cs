using System.Net;
using System.Net.Http.Headers;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Errors;

/// <summary>
/// A form no page sends (more fields than a form may have, a field name too long, a multipart body
/// cut off before its end), carrying every field of a form that would be accepted: on each form
/// endpoint a 400 naming the body, and nothing written; the same fields sent whole are then
/// accepted (with the anti-forgery token of the form's page), which shows what the post would have written.
/// </summary>
public sealed class UnreadableFormTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    /// <summary>ASP.NET's limits on a form (FormOptions): 1,024 fields, names of 2,048 characters.</summary>
    public static readonly IReadOnlyDictionary<string, Func<Dictionary<string, string>, HttpContent>> Faults =
        new Dictionary<string, Func<Dictionary<string, string>, HttpContent>>
        {
            ["too many fields"] = fields => new FormUrlEncodedContent(
                fields.Concat(Enumerable.Range(0, 1025).Select(i => KeyValuePair.Create($"extra{i}", "x")))),
            ["a name too long"] = fields => new FormUrlEncodedContent(fields.Append(KeyValuePair.Create(new string('n', 2049), "x"))),
            ["broken multipart"] = CutOffMultipart,
        };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var endpoint in LiveForms.Endpoints)
        {
            foreach (var fault in Faults.Keys)
            {
                cases.Add(endpoint, fault);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_AFormNoPageSends_Is400NamingTheBody_AndWritesNothing(string endpoint, string fault)
    {
        var form = await LiveForms.SetUpAsync(app, endpoint);
        using var client = app.Anonymous();
        var fields = await CitizenForms.WithTokenAsync(client, form.Page, form.Fields);
        var before = await app.WrittenRowsAsync(form.Municipality);

        var refused = await client.PostAsync(form.Path, Faults[fault](fields));

        Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{(int)refused.StatusCode}: {await refused.Content.ReadAsStringAsync()}");
        Assert.Equal(["body"], await refused.ErrorFieldsAsync());
        Assert.Empty((await app.WrittenRowsAsync(form.Municipality)).ChangesSince(before));
        var accepted = await client.PostAsync(form.Path, new FormUrlEncodedContent(fields));
        Assert.True(accepted.StatusCode == form.Accepted, $"{(int)accepted.StatusCode}: {await accepted.Content.ReadAsStringAsync()}");
        Assert.NotEmpty((await app.WrittenRowsAsync(form.Municipality)).ChangesSince(before));
    }

    /// <summary>Every field as multipart, the body cut off inside the last part's value, before the closing boundary.</summary>
    private static StringContent CutOffMultipart(Dictionary<string, string> fields)
    {
        var boundary = $"----Waardering{Guid.NewGuid():N}";
        var whole = string.Concat(fields.Select(f => $"--{boundary}\r\nContent-Disposition: form-data; name=\"{f.Key}\"\r\n\r\n{f.Value}\r\n"));
        var content = new StringContent(whole[..^3]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return content;
    }
}
