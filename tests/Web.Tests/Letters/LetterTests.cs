using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using Waardering.Data.Letters;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Letters;

/// <summary>
/// Whoever gave no e-mail address gets the same message on paper: the confirmation, the decision
/// with the objection clause, the co-sign request with a code; read back from the PDF the officers print.
/// </summary>
public sealed partial class LetterTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    private const double PointsPerMm = 72 / 25.4;

    [Fact]
    public async Task ARequestWithoutEmail_GetsAConfirmationLetter_AndOnDecisionADecisionLetterWithTheObjectionClause()
    {
        var municipality = await app.CreateSchemeAsync();
        // The letterhead as the settings give it (Letters:Letterheads:{code}); the test's municipality is made just now.
        app.Factory.Services.GetRequiredService<IOptions<LetterOptions>>().Value.Letterheads[municipality] = new Letterhead
        {
            Name = "Gemeente Hilversum", ReturnAddress = ["Postbus 9900", "1201 GM Hilversum"], Phone = "14 035", Website = "www.hilversum.nl",
        };
        var body = LetterHelpers.WithoutEmail(Bodies.Request(municipality, recipientName: "Jans de Vries"));
        body["recipient"]!["street"] = "Kerkbrink";
        body["recipient"]!["city"] = "Hilversum";
        var id = await app.SubmitAsync(body);

        var received = Assert.Single(await app.LettersAsync(id));
        Assert.Equal("request-received", received.Template);
        Assert.Equal(["Jans de Vries", "Kerkbrink 12a", "1211 AB  HILVERSUM"], received.AddressLines);

        (await app.DecideAsync(id, approve: false, reasonCode: "notResident")).EnsureSuccessStatusCode();

        var letters = await app.LettersAsync(id);
        Assert.Equal(["request-received", "decision"], letters.Select(l => l.Template));
        var pdf = await app.PrintPdfAsync(municipality, letters[^1].Id);
        LetterHelpers.Save(pdf, "letters-received-and-refused");
        var pages = LetterHelpers.PagesText(pdf);
        var all = string.Join(" ", pages);
        Assert.Contains("We hebben uw aanvraag ontvangen", all);
        Assert.Contains("Uw aanvraag is afgewezen", all);
        Assert.Contains("De zorgvrager woont niet in de gemeente.", all);
        Assert.Contains("Niet eens met dit besluit?", all);
        Assert.Contains("binnen zes weken", all);
        Assert.Contains("Gemeente Hilversum Postbus 9900 1201 GM Hilversum Telefoon 14 035 www.hilversum.nl", all);
        Assert.Contains("Pagina 1 van", all);
        AssertAddressInWindow(pdf, "Jans", "HILVERSUM");
    }

    [Fact]
    public async Task ARecipientWithoutEmail_CoSignsWithTheCodeFromTheLetter()
    {
        var (municipality, id, letter) = await app.CoSignByLetterAsync();
        var text = string.Join(" ", LetterHelpers.PagesText(await app.PrintPdfAsync(municipality, letter.Id)));
        var code = CodeIn().Match(text).Value;
        Assert.NotEmpty(code);

        var wrong = await app.Anonymous().PostAsJsonAsync("/co-sign", new JsonObject { ["code"] = "AAAAA-AAAAA" });
        var right = await app.Anonymous().PostAsJsonAsync("/co-sign", new JsonObject { ["code"] = code.ToLowerInvariant().Replace("-", " ") });
        var again = await app.Anonymous().PostAsJsonAsync("/co-sign", new JsonObject { ["code"] = code });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(["code"], await wrong.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode); // used up, and answered like a wrong code
        Assert.Equal((await wrong.ReadJsonAsync())["errors"]!.ToJsonString(), (await again.ReadJsonAsync())["errors"]!.ToJsonString());
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("received", await connection.ExecuteScalarAsync<string>("select status from requests where id = @id", new { id = Guid.Parse(id) }));
        Assert.Contains("co-signed", await app.AuditActionsAsync(id));
    }

    [Fact]
    public async Task AnEnglishRequest_GetsItsLettersInEnglish()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = LetterHelpers.WithoutEmail(Bodies.Request(municipality));
        body["language"] = "en";
        var id = await app.SubmitAsync(body);
        (await app.DecideAsync(id, approve: false, reasonCode: "notResident")).EnsureSuccessStatusCode();

        var letters = await app.LettersAsync(id);
        var pdf = await app.PrintPdfAsync(municipality, letters[^1].Id);
        LetterHelpers.Save(pdf, "letters-english");
        var text = string.Join(" ", LetterHelpers.PagesText(pdf));

        Assert.All(letters, l => Assert.Equal("en", l.Language));
        Assert.Contains("We have received your request", text);
        Assert.Contains("Do you disagree with this decision?", text);
        Assert.Contains("Our reference", text);
        Assert.DoesNotContain("Onderwerp", text);
    }

    [Fact]
    public async Task MarkingPrinted_PutsEachLetterOnTheTrail_AndLeavesLaterLettersWaiting()
    {
        var municipality = await app.CreateSchemeAsync();
        var first = await app.SubmitAsync(LetterHelpers.WithoutEmail(Bodies.Request(municipality)));
        var (upTo, day) = Assert.Single(await app.LettersAsync(first)) is var l ? (l.Id, l.Day) : default;
        var later = await app.SubmitAsync(LetterHelpers.WithoutEmail(Bodies.Request(municipality)));
        var officer = app.As("officer", "Olga", [municipality]);

        var response = await officer.PostAsync($"/staff/letters/printed?municipality={municipality}&day={day}&upTo={upTo}",
            await StaffForms.ContentAsync(officer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // followed the redirect to the list
        Assert.Contains("1 brief gemarkeerd als afgedrukt", await response.Content.ReadAsStringAsync());
        Assert.Equal("printed", Assert.Single(await app.LettersAsync(first)).Status);
        Assert.Equal("pending", Assert.Single(await app.LettersAsync(later)).Status);
        Assert.Contains("letter-printed", await app.AuditActionsAsync(first));
    }

    [Fact]
    public async Task ARequestWithAnEmailAddress_GetsNoLetter_AndABadCaregiverAddressIsNamed()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(Bodies.Request(municipality));
        var body = Bodies.Request(municipality);
        body["caregivers"]![0]!["address"] = new JsonObject { ["street"] = "Laan", ["postcode"] = "12", ["houseNumber"] = "" };

        var refused = await app.Anonymous().PostAsJsonAsync("/api/requests", body);

        Assert.Empty(await app.LettersAsync(id));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["caregivers[0].address.houseNumber", "caregivers[0].address.postcode"], (await refused.ErrorFieldsAsync()).Order());
    }

    [Fact]
    public async Task ACaregiverWithoutEmail_GetsTheCheckInOnPaper_AndItsCodeOpensTheQuestions()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Contact.ContactHelpers.CaregiverApplies(municipality, consent: true);
        var caregiver = body["caregivers"]![0]!.AsObject();
        caregiver.Remove("email");
        caregiver["address"] = new JsonObject { ["street"] = "Laanstraat", ["houseNumber"] = "3", ["postcode"] = "1217 EZ", ["city"] = "Hilversum" };
        var id = await Contact.ContactHelpers.SubmitAndPayAsync(app, municipality, body);
        Clock.Advance(NodaTime.Duration.FromDays(42));

        await Contact.ContactHelpers.RunCheckInCycleAsync(app);
        await Contact.ContactHelpers.RunCheckInCycleAsync(app);

        var letter = Assert.Single(await app.LettersAsync(id), l => l.Template == "check-in");
        Assert.Equal("Laanstraat 3", letter.AddressLines[1]);
        var text = string.Join(" ", LetterHelpers.PagesText(await app.PrintPdfAsync(municipality, letter.Id)));
        Assert.Contains("Hoe gaat het met u?", text);
        var code = CodeIn().Match(text).Value;
        var client = app.Anonymous();
        var page = await client.PostAsync("/check-in/code", await CitizenForms.ContentAsync(client, "/check-in/code", [new("code", code.ToLowerInvariant())]));
        var wrong = await client.PostAsync("/check-in/code", await CitizenForms.ContentAsync(client, "/check-in/code", [new("code", "AAAAA-AAAAA")]));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // the redirect to the questions, followed
        Assert.Contains("/check-in?token=", page.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        // Consent withdrawn by phone: a check-in letter still waiting is not printed.
        (await app.As("officer").PutAsJsonAsync($"/api/requests/{id}/caregivers/1/consent", new JsonObject { ["consent"] = false }))
            .EnsureSuccessStatusCode();
        Assert.Equal("cancelled", Assert.Single(await app.LettersAsync(id), l => l.Template == "check-in").Status);
    }

    [Fact]
    public async Task WithAPrintFolder_TheWorkerDropsTheWaitingLettersThereAsOnePdf_AndMarksThemPrinted()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(LetterHelpers.WithoutEmail(Bodies.Request(municipality, recipientName: "Henk Drukker")));
        var options = app.Factory.Services.GetRequiredService<IOptions<LetterOptions>>().Value;
        var folder = Directory.CreateTempSubdirectory("print-").FullName;
        options.PrintFolder = folder;
        try
        {
            await app.Factory.Services.GetRequiredService<ILetterPrintFolder>().RunAsync(CancellationToken.None);
        }
        finally
        {
            options.PrintFolder = null;
        }

        var file = Assert.Single(Directory.GetFiles(folder, $"{municipality}-*.pdf"));
        Assert.Contains("Henk Drukker", string.Join(" ", LetterHelpers.PagesText(await File.ReadAllBytesAsync(file))));
        Assert.Equal("printed", Assert.Single(await app.LettersAsync(id)).Status);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("print-service", await connection.ExecuteScalarAsync<string>(
            "select actor from audit_events where request_id = @id and action = 'letter-printed'", new { id = Guid.Parse(id) }));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Every word of the address block, from its first word to its last, lies inside the envelope's window.</summary>
    private static void AssertAddressInWindow(byte[] pdf, string firstWord, string lastWord)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().First(p => p.GetWords().Any(w => w.Text == firstWord));
        var words = page.GetWords().ToList();
        var start = words.FindIndex(w => w.Text == firstWord);
        var end = words.FindIndex(start, w => w.Text == lastWord);
        Assert.True(end > start);
        foreach (var word in words.Skip(start).Take(end - start + 1))
        {
            var box = word.BoundingBox;
            var top = (page.Height - box.Top) / PointsPerMm;
            var bottom = (page.Height - box.Bottom) / PointsPerMm;
            Assert.InRange(box.Left / PointsPerMm, 20.0, 110.0);
            Assert.InRange(box.Right / PointsPerMm, 20.0, 110.0);
            Assert.InRange(top, 45.0, 90.0);
            Assert.InRange(bottom, 45.0, 90.0);
        }
    }

    [GeneratedRegex("[ACDEFGHJKMNPQRTUVWXY34679]{5}-[ACDEFGHJKMNPQRTUVWXY34679]{5}")]
    private static partial Regex CodeIn();
}
