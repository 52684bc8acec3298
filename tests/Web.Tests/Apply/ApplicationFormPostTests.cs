using System.Net;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Apply;

/// <summary>
/// The application form's post to /apply/{municipality}/{year}, sent as a browser sends it:
/// twice, changed after it was stored, with fields the page never sends, with a date that does not exist,
/// without the anti-forgery token of the page it came from.
/// </summary>
public sealed class ApplicationFormPostTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Apply_PressedTwice_GivesTheSameReference_AndStoresOneRequest()
    {
        var municipality = await app.CreateSchemeAsync();
        var form = Form(municipality);
        using var client = app.Anonymous();

        var first = await PostAsync(client, municipality, form);
        var second = await PostAsync(client, municipality, form);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Apply_ForARecipientWhoAppliedBefore_GetsThePageOfAnyNewApplication_AndIsHeldInReview()
    {
        var municipality = await app.CreateSchemeAsync();
        var first = Form(municipality);
        using var client = app.Anonymous();
        await PostAsync(client, municipality, first);
        var again = new Dictionary<string, string>(first) { ["idempotencyKey"] = Guid.NewGuid().ToString("N") };

        var duplicate = await PostAsync(client, municipality, again);
        var fresh = await PostAsync(client, municipality, Form(municipality));

        Assert.Equal(HttpStatusCode.Created, duplicate.StatusCode);
        Assert.Equal(fresh.StatusCode, duplicate.StatusCode);
        Assert.NotEmpty(Heading(await fresh.Content.ReadAsStringAsync()));
        Assert.Equal(Heading(await fresh.Content.ReadAsStringAsync()), Heading(await duplicate.Content.ReadAsStringAsync()));
        var id = System.Text.RegularExpressions.Regex.Match(await duplicate.Content.ReadAsStringAsync(), "/request-status/([0-9a-f-]{36})").Groups[1].Value;
        Assert.Equal("inReview", await app.StatusOfAsync(id));
    }

    [Fact]
    public async Task Apply_ChangedAfterItWasStored_AsksToSendItAgain_WithAKeyOfItsOwn()
    {
        var municipality = await app.CreateSchemeAsync();
        var form = Form(municipality);
        using var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, municipality, form)).StatusCode);

        form["recipient.name"] += " (de buurvrouw)"; // back in the browser, another recipient, the same hidden key
        var changed = await PostAsync(client, municipality, form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        var html = await changed.Content.ReadAsStringAsync();
        Assert.Contains("U had dit formulier al verstuurd en daarna veranderd.", html);
        var newKey = System.Text.RegularExpressions.Regex.Match(html, "name=\"idempotencyKey\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        Assert.NotEqual(form["idempotencyKey"], newKey);
        Assert.Equal(1, await app.RequestsOfAsync(municipality));

        form["idempotencyKey"] = newKey;
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, municipality, form)).StatusCode);
        Assert.Equal(2, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Apply_WithAFormThePageNeverSends_Is400_AndStoresNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var form = Form(municipality);
        foreach (var i in Enumerable.Range(0, 1100))
        {
            form[$"extra{i}"] = "x"; // more fields than a form may have
        }

        var response = await PostAsync(app.Anonymous(), municipality, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["body"], await response.ErrorFieldsAsync()); // like every form endpoint: no page sends it
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Apply_WithADateThatDoesNotExist_SaysSoBesideTheDate_AndStoresNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var form = Form(municipality);
        FormBodies.Date(form, "recipient.birthDate", "31", "2", "1941");
        using var client = app.Anonymous();

        var response = await PostAsync(client, municipality, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"recipient-birthDate-error\">Deze datum bestaat niet.", html);
        Assert.Contains("name=\"recipient.birthDate.day\" value=\"31\"", html);
        Assert.Contains("href=\"#recipient-birthDate\"", html); // the summary links to the date's first field
        Assert.Contains("id=\"recipient-birthDate\" name=\"recipient.birthDate.day\"", html);
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Apply_WithoutThePagesAntiforgeryToken_Is400AskingToReloadTheForm_AndStoresNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        using var client = app.Anonymous();
        using var other = app.Anonymous();
        await CitizenForms.TokenAsync(client, $"/apply/{municipality}/2026"); // the client has its own cookie
        var othersToken = await CitizenForms.TokenAsync(other, $"/apply/{municipality}/2026"); // valid, but for another browser's cookie

        var without = await client.PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(Form(municipality)));
        var withOthers = await client.PostAsync($"/apply/{municipality}/2026", CitizenForms.Content(Form(municipality), othersToken));

        Assert.All([without, withOthers], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("laad de pagina opnieuw", await without.Content.ReadAsStringAsync());
        Assert.Contains("laad de pagina opnieuw", await withOthers.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, municipality, Form(municipality))).StatusCode); // the same form from its page
    }

    /// <summary>Opens the form's page with this client, then posts the fields with the page's anti-forgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string municipality, Dictionary<string, string> form) =>
        await client.PostAsync($"/apply/{municipality}/2026", await CitizenForms.ContentAsync(client, $"/apply/{municipality}/2026", form));

    private static string Heading(string html) => System.Text.RegularExpressions.Regex.Match(html, "<h1[^>]*>(.*?)</h1>").Groups[1].Value;

    private static Dictionary<string, string> Form(string municipality) => new(FormBodies.Application())
    {
        ["recipient.name"] = $"Zorgvrager {municipality} {Guid.NewGuid():N}",
        ["caregivers[0].name"] = "Anna de Vries",
    };
}
