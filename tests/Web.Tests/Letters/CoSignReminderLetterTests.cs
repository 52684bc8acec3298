using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Waardering.Data.CoSigning;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Letters;

/// <summary>A recipient without e-mail who has not confirmed gets one reminder on paper, with a fresh code, when a mail would remind.</summary>
public sealed class CoSignReminderLetterTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task AfterTheReminderDays_OneReminderLetterGoes_WhoseNewCodeConfirms_AndTheOldCodeNoLonger()
    {
        var (municipality, id, first) = await app.CoSignByLetterAsync();
        var oldCode = CodeOf(first);
        var followUp = app.Factory.Services.GetRequiredService<ICoSignFollowUp>();

        Clock.Advance(Duration.FromDays(6));
        await followUp.RunAsync(CancellationToken.None);
        Assert.Single(await app.LettersAsync(id), l => l.Template == "co-sign"); // not before the scheme's seven reminder days
        Clock.Advance(Duration.FromDays(2));
        await followUp.RunAsync(CancellationToken.None);
        await followUp.RunAsync(CancellationToken.None);

        var letters = (await app.LettersAsync(id)).Where(l => l.Template == "co-sign").ToList();
        Assert.Equal(2, letters.Count);
        var reminder = letters[1];
        Assert.Equal(first.AddressLines, reminder.AddressLines);
        var pdf = await app.PrintPdfAsync(municipality, reminder.Id);
        LetterHelpers.Save(pdf, "letter-co-sign-reminder");
        var text = string.Join(" ", LetterHelpers.PagesText(pdf));
        Assert.Contains("Herinnering: Wilt u de aanvraag van", text);
        Assert.Contains(CodeOf(reminder), text);
        Assert.Contains("co-sign-reminded", await app.AuditActionsAsync(id));

        var old = await app.Anonymous().PostAsJsonAsync("/co-sign", new JsonObject { ["code"] = oldCode });
        var fresh = await app.Anonymous().PostAsJsonAsync("/co-sign", new JsonObject { ["code"] = CodeOf(reminder) });
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, fresh.StatusCode);
    }

    private static string CodeOf(LetterRow letter) => (string)JsonNode.Parse(letter.Model)!["letterCode"]!;
}
