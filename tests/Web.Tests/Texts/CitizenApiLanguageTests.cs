using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Texts;

/// <summary>
/// The API's answers that reach a citizen (or the citizens' app) are in the request's language:
/// English with <c>?lang=en</c>, Dutch without. A staff route answers in Dutch whatever is asked.
/// </summary>
public sealed class CitizenApiLanguageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task AFieldCheck_HasItsTitleInTheAskedLanguage()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["recipient"]!["bsn"] = "123456789";

        var (en, nl) = await BothAsync(path => app.Anonymous().PostAsync(path, HttpExtensions.Json(body)), "/api/requests", "recipient.bsn");

        Assert.Equal(("Some details in the request are not right.", "This is not a valid citizen service number (9 digits)."), en);
        Assert.Equal(("De aanvraag bevat fouten.", "Dit is geen geldig burgerservicenummer (9 cijfers)."), nl);
    }

    [Fact]
    public async Task TheIntakesSchemeChecks_AreInTheAskedLanguage()
    {
        var municipality = app.NewMunicipality();
        var noScheme = Bodies.Request(municipality);
        var badCode = Bodies.Request(municipality);
        badCode["municipality"] = "0402";

        var refused = await BothAsync(path => app.Anonymous().PostAsync(path, HttpExtensions.Json(noScheme)), "/api/requests", "year");
        var invalid = await BothAsync(path => app.Anonymous().PostAsync(path, HttpExtensions.Json(badCode)), "/api/requests", "municipality");

        Assert.Equal(("There is no scheme for this municipality and year.", $"Municipality {municipality} has no scheme for 2026."), refused.En);
        Assert.Equal(("Er is geen regeling voor deze gemeente en dit jaar.", $"Er is geen regeling van {municipality} voor 2026."), refused.Nl);
        Assert.Equal("A municipality code is GM followed by four digits, for example GM0402.", invalid.En.Message);
        Assert.Equal("Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0402.", invalid.Nl.Message);
    }

    [Fact]
    public async Task UnreadableJson_IsExplainedInTheAskedLanguage()
    {
        var (en, nl) = await BothAsync(path => app.Anonymous().PostAsync(path, new StringContent("""{"year": "twee"}""", Encoding.UTF8, "application/json")),
            "/api/requests", "year");

        Assert.Equal(("The request is not valid JSON.",
            "We cannot read this value. Check its type and how it is written (a date as yyyy-mm-dd)."), en);
        Assert.Equal(("De aanvraag is geen geldige JSON.",
            "Deze waarde kan niet worden gelezen. Controleer het type en de schrijfwijze (een datum als jjjj-mm-dd)."), nl);
    }

    [Fact]
    public async Task AnEmptyBody_IsRefusedInTheAskedLanguage()
    {
        var (en, nl) = await BothAsync(path => app.Anonymous().PostAsync(path, new StringContent("", Encoding.UTF8, "application/json")),
            "/api/requests", "body");

        Assert.Equal(("We cannot read the request.", "Send a JSON object."), en);
        Assert.Equal(("De aanvraag kan niet worden gelezen.", "Stuur een JSON-object."), nl);
    }

    [Fact]
    public async Task ABodyTooLarge_IsRefusedInTheAskedLanguage()
    {
        var huge = new JsonObject { ["municipality"] = new string('x', 70 * 1024) };

        var (en, nl) = await BothAsync(path => app.Anonymous().PostAsync(path, HttpExtensions.Json(huge)), "/api/requests", "body");

        Assert.Equal(("The request is too large.", "At most 64 kB."), en);
        Assert.Equal(("De aanvraag is te groot.", "Hoogstens 64 kB."), nl);
    }

    [Fact]
    public async Task AFormNoPageSends_IsRefusedInTheAskedLanguage()
    {
        var fields = Enumerable.Range(0, 1025).Select(i => KeyValuePair.Create($"extra{i}", "x")).ToList();

        var (en, nl) = await BothAsync(path => app.Anonymous().PostAsync(path, new FormUrlEncodedContent(fields)), "/api/contact-consent", "body");

        Assert.Equal(("We cannot read the form.", "Send the form from the page."), en);
        Assert.Equal(("Het formulier kan niet worden gelezen.", "Verstuur het formulier op de pagina."), nl);
    }

    [Fact]
    public async Task AnIdempotencyKey_IsRefusedInTheAskedLanguage()
    {
        var municipality = await app.CreateSchemeAsync();
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await PostWithKeyAsync("/api/requests", Bodies.Request(municipality), key)).StatusCode);

        var overlong = await BothAsync(path => PostWithKeyAsync(path, Bodies.Request(municipality), new string('k', 101)), "/api/requests", "Idempotency-Key");
        var reused = await BothAsync(path => PostWithKeyAsync(path, Bodies.Request(municipality), key), "/api/requests", "Idempotency-Key");

        Assert.Equal(("Some details in the request are not right.", "The Idempotency-Key is 1 to 100 visible ASCII characters."), overlong.En);
        Assert.Equal(("De aanvraag bevat fouten.", "De Idempotency-Key is 1 tot 100 zichtbare ASCII-tekens."), overlong.Nl);
        Assert.Equal(("The Idempotency-Key belongs to another request.", "This Idempotency-Key was already used for another request."), reused.En);
        Assert.Equal(("De Idempotency-Key hoort bij een andere aanvraag.", "Deze Idempotency-Key is al gebruikt voor een andere aanvraag."), reused.Nl);
    }

    [Theory]
    [InlineData("/api/contact-consent")]
    [InlineData("/api/register-change")]
    [InlineData("/api/check-ins")]
    public async Task ALinkThatDoesNotWork_IsRefusedInTheAskedLanguage(string path)
    {
        var body = path == "/api/check-ins" ? Contact.ContactHelpers.Answer("geraden") : new JsonObject { ["token"] = "geraden", ["consent"] = false };

        var (en, nl) = await BothAsync(p => app.Anonymous().PostAsync(p, HttpExtensions.Json(body)), path, "token");

        Assert.Equal(("This link does not work (any more).", "Use the link in the most recent e-mail."), en);
        Assert.Equal(("Deze link is niet (meer) geldig.", "Gebruik de link uit de laatste e-mail."), nl);
    }

    [Fact]
    public async Task AStaffRoute_AnswersInDutch_WhateverLanguageIsAsked()
    {
        var municipality = await app.CreateSchemeAsync();
        using var officer = app.As("officer", "anna", [municipality]);
        officer.DefaultRequestHeaders.Add("Cookie", ".Waardering.Language=c%3Den%7Cuic%3Den");

        var response = await officer.GetAsync($"/api/check-ins/{municipality}/2026?name=x&lang=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("De aanvraag bevat fouten.", "Zoek op 2 tot 100 tekens van de naam."), await TitleAndMessageAsync(response, "name"));
    }

    /// <summary>A problem's title and the first message for <paramref name="field"/>.</summary>
    public static async Task<(string Title, string Message)> TitleAndMessageAsync(HttpResponseMessage response, string field)
    {
        var json = await response.ReadJsonAsync();
        return ((string)json["title"]!, (string)json["errors"]![field]![0]!);
    }

    /// <summary>The same call with <c>?lang=en</c> and without: the problems' titles and messages for <paramref name="field"/>.</summary>
    private static async Task<((string Title, string Message) En, (string Title, string Message) Nl)> BothAsync(
        Func<string, Task<HttpResponseMessage>> send, string path, string field) =>
        (await TitleAndMessageAsync(await send($"{path}?lang=en"), field), await TitleAndMessageAsync(await send(path), field));

    private Task<HttpResponseMessage> PostWithKeyAsync(string path, JsonObject body, string key)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = HttpExtensions.Json(body) };
        message.Headers.Add("Idempotency-Key", key);
        return app.Anonymous().SendAsync(message);
    }
}
