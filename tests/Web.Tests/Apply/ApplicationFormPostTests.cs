using System.Net;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Apply;

/// <summary>
/// The application form's post to /apply/{municipality}/{year}, sent as a browser sends it:
/// twice, changed after it was stored, with fields the page never sends, with a date that does not exist.
/// </summary>
public sealed class ApplicationFormPostTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Apply_PressedTwice_GivesTheSameReference_AndStoresOneRequest()
    {
        var municipality = await app.CreateSchemeAsync();
        var form = Form(municipality);
        using var client = app.Anonymous();

        var first = await client.PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(form));
        var second = await client.PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(form));

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
        await client.PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(first));
        var again = new Dictionary<string, string>(first) { ["idempotencyKey"] = Guid.NewGuid().ToString("N") };

        var duplicate = await client.PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(again));
        var fresh = await client.PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(Form(municipality)));

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
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(form))).StatusCode);

        form["recipient.name"] += " (de buurvrouw)"; // back in the browser, another recipient, the same hidden key
        var changed = await client.PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        var html = await changed.Content.ReadAsStringAsync();
        Assert.Contains("U had dit formulier al verstuurd en daarna veranderd.", html);
        var newKey = System.Text.RegularExpressions.Regex.Match(html, "name=\"idempotencyKey\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        Assert.NotEqual(form["idempotencyKey"], newKey);
        Assert.Equal(1, await app.RequestsOfAsync(municipality));

        form["idempotencyKey"] = newKey;
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(form))).StatusCode);
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

        var response = await app.Anonymous().PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["body"], await response.ErrorFieldsAsync()); // like every form endpoint: no page sends it
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Apply_WithADateThatDoesNotExist_SaysHowToWriteIt_AndStoresNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var form = Form(municipality);
        form["recipient.birthDate"] = "31-02-1941";
        using var client = app.Anonymous();

        var response = await client.PostAsync($"/apply/{municipality}/2026", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"recipient-birthDate-error\" style=\"color: #b00;\">Vul een datum in als dag-maand-jaar", html);
        Assert.Contains("value=\"31-02-1941\"", html);
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    private static string Heading(string html) => System.Text.RegularExpressions.Regex.Match(html, "<h1[^>]*>(.*?)</h1>").Groups[1].Value;

    private static Dictionary<string, string> Form(string municipality) => new()
    {
        ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
        ["submittedBy"] = "recipient",
        ["recipient.name"] = $"Zorgvrager {municipality} {Guid.NewGuid():N}",
        ["recipient.birthDate"] = "1941-05-17",
        ["recipient.postcode"] = "1211 AB",
        ["recipient.houseNumber"] = "12",
        ["caregivers[0].name"] = "Anna de Vries",
        ["caregivers[0].birthDate"] = "01-02-1970",
        ["caregivers[0].iban"] = "NL91ABNA0417164300",
    };
}
