using System.Net;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Errors;

/// <summary>
/// A citizen's form endpoint ready to accept a post: its path, the fields its page sends (with a
/// live link's token), the municipality whose rows it writes, the status it answers when it has
/// done so, and the page whose form it is (where a client gets the form's anti-forgery token).
/// </summary>
public sealed record LiveForm(string Municipality, string Path, Dictionary<string, string> Fields, HttpStatusCode Accepted, string Page);

/// <summary>Every form endpoint of the citizens' pages, each set up as its page would be filled in.</summary>
public static class LiveForms
{
    public static readonly IReadOnlyList<string> Endpoints = ["apply", "check-in", "consent", "co-sign", "register-change"];

    public static Task<LiveForm> SetUpAsync(WebAppFixture app, string endpoint) => endpoint switch
    {
        "apply" => ApplyAsync(app),
        "check-in" => CheckInAsync(app),
        "consent" => ConsentAsync(app),
        "co-sign" => CoSignAsync(app),
        "register-change" => RegisterChangeAsync(app),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    private static async Task<LiveForm> ApplyAsync(WebAppFixture app)
    {
        var municipality = await app.CreateSchemeAsync();
        return new LiveForm(municipality, $"/apply/{municipality}/2026", FormBodies.Application(), HttpStatusCode.Created, $"/apply/{municipality}/2026");
    }

    /// <summary>A caregiver paid six weeks ago, answering their check-in.</summary>
    private static async Task<LiveForm> CheckInAsync(WebAppFixture app)
    {
        var (municipality, body) = await app.CheckInSentAsync();
        var token = await app.CheckInTokenAsync((string)body["caregivers"]![0]!["email"]!);
        return new LiveForm(municipality, "/api/check-ins", new Dictionary<string, string>
        {
            ["token"] = token, ["wellbeing"] = "4", ["contactWish"] = "none", ["keepInformed"] = "true",
        }, HttpStatusCode.OK, $"/check-in?token={token}");
    }

    /// <summary>A caregiver named in a recipient's request, saying yes to the question in their mail.</summary>
    private static async Task<LiveForm> ConsentAsync(WebAppFixture app)
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        await app.SubmitAsync(body);
        var url = (string)(await app.MailsAsync("request-received", (string)body["caregivers"]![0]!["email"]!))[0].Model["consentUrl"]!;
        return new LiveForm(municipality, "/api/contact-consent",
            new Dictionary<string, string> { ["token"] = ContactHelpers.TokenOf(url), ["consent"] = "true" }, HttpStatusCode.OK, ContactHelpers.PathOf(url));
    }

    /// <summary>A recipient confirming the request their caregiver made.</summary>
    private static async Task<LiveForm> CoSignAsync(WebAppFixture app)
    {
        var scheme = Bodies.Scheme();
        scheme["coSignRequired"] = true;
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = ContactHelpers.CaregiverApplies(municipality, consent: false);
        var id = await app.SubmitAsync(body);
        var url = (string)(await app.MailsAsync("co-sign", (string)body["recipient"]!["email"]!))[0].Model["confirmUrl"]!;
        return new LiveForm(municipality, $"/api/requests/{id}/co-signature",
            new Dictionary<string, string> { ["token"] = ContactHelpers.TokenOf(url) }, HttpStatusCode.OK, ContactHelpers.PathOf(url));
    }

    /// <summary>A registered caregiver confirming, from the address on file, the new address a later application gave.</summary>
    private static async Task<LiveForm> RegisterChangeAsync(WebAppFixture app)
    {
        var municipality = await app.CreateSchemeAsync();
        var name = $"Mantelzorger {Guid.NewGuid():N}";
        var first = ContactHelpers.CaregiverApplies(municipality, consent: true, name);
        await app.SubmitAsync(first);
        await app.SubmitAsync(ContactHelpers.CaregiverApplies(municipality, consent: true, name));
        var url = (string)(await app.MailsAsync("register-change", (string)first["caregivers"]![0]!["email"]!))[0].Model["confirmUrl"]!;
        return new LiveForm(municipality, "/api/register-change",
            new Dictionary<string, string> { ["token"] = ContactHelpers.TokenOf(url) }, HttpStatusCode.OK, ContactHelpers.PathOf(url));
    }
}
