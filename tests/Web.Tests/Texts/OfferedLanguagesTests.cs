using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Web.Tests.Mail;

namespace Waardering.Web.Tests.Texts;

/// <summary>
/// A request's language is any language the citizens' pages offer: a municipality adds Arabic with a
/// texts folder, its pages then read right to left, and the API's messages follow the chosen language.
/// </summary>
public sealed class OfferedLanguagesTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private readonly string _overrides = Directory.CreateTempSubdirectory("texts-").FullName;

    [Fact]
    public async Task AMunicipalitysArabic_ReadsRightToLeft_AndIsARequestsLanguage_WhoseMailFallsBackToDutch()
    {
        Directory.CreateDirectory(Path.Combine(_overrides, "ar"));
        File.WriteAllText(Path.Combine(_overrides, "ar", "apply.json"), """{ "title": "طلب تقدير مقدمي الرعاية {0}" }""");
        await using var withArabic = app.Factory.WithWebHostBuilder(web => web.UseSetting("Texts:OverridesPath", _overrides));
        using var client = withArabic.CreateClient();
        var municipality = await app.CreateSchemeAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/apply/{municipality}/2026?lang=ar"));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("طلب تقدير مقدمي الرعاية 2026", html, StringComparison.Ordinal);
        Assert.Contains("name=\"language\" value=\"ar\"", html, StringComparison.Ordinal);
        Assert.Contains("Huisnummer", html, StringComparison.Ordinal); // a text Arabic lacks, in Dutch

        var body = Bodies.Request(municipality);
        body["language"] = "ar";
        var refused = await app.Anonymous().PostAsync("/api/requests", HttpExtensions.Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("language", await refused.ErrorFieldsAsync());
        var stored = await client.PostAsync("/api/requests", HttpExtensions.Json(body));
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);

        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("ar", await connection.QuerySingleAsync<string>(
            "select r.language from requests r join schemes s on s.id = r.scheme_id where s.municipality_code = @municipality", new { municipality }));
        var mail = (await app.RenderedMailsAsync(municipality)).To("request-received", (string)body["recipient"]!["email"]!);
        Assert.Equal("ar", mail.Language);
        Assert.Contains("Beste", mail.Mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApisFieldErrors_AreDutchByDefault_AndEnglishWithLangEn()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["recipient"]!["postcode"] = "12345";

        var dutch = await app.Anonymous().PostAsync("/api/requests", HttpExtensions.Json(body));
        var english = await app.Anonymous().PostAsync("/api/requests?lang=en", HttpExtensions.Json(body));

        Assert.Equal("Vul een Nederlandse postcode in, bijvoorbeeld 1211 AB.", await PostcodeErrorAsync(dutch));
        Assert.Equal("Fill in a Dutch postcode, for example 1211 AB.", await PostcodeErrorAsync(english));
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task TheSchemesRules_AreDutchByDefault_AndEnglishWithLangEn()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["recipient"]!["postcode"] = "1000 AA"; // outside the scheme's postcodes

        var dutch = await app.Anonymous().PostAsync("/api/requests", HttpExtensions.Json(body));
        var english = await app.Anonymous().PostAsync("/api/requests?lang=en", HttpExtensions.Json(body));

        Assert.Equal("De zorgvrager woont niet in de gemeente Testgemeente.", await PostcodeErrorAsync(dutch, HttpStatusCode.UnprocessableEntity));
        Assert.Equal("The person receiving care does not live in the municipality of Testgemeente.",
            await PostcodeErrorAsync(english, HttpStatusCode.UnprocessableEntity));
    }

    [Fact]
    public async Task TheBackOffice_StaysDutch_WhateverLanguageIsAsked()
    {
        var municipality = await app.CreateSchemeAsync();
        using var officer = app.As("officer", "balie-bert", [municipality]);
        officer.DefaultRequestHeaders.Add("Cookie", ".Waardering.Language=c%3Den%7Cuic%3Den");

        var html = await officer.GetStringAsync($"/staff/requests/new?municipality={municipality}&year=2026&lang=en");

        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains(">Dag</label>", html, StringComparison.Ordinal); // the date's words, shared with the citizens' form
        Assert.DoesNotContain(">Day</label>", html, StringComparison.Ordinal);
    }

    private static async Task<string> PostcodeErrorAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        Assert.Equal(status, response.StatusCode);
        return (string)((JsonObject)(await response.ReadJsonAsync())["errors"]!)["recipient.postcode"]![0]!;
    }

    public void Dispose() => Directory.Delete(_overrides, recursive: true);
}
