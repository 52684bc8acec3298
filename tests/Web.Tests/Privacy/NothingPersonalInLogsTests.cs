using System.Net;
using System.Net.Http.Json;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Privacy;

/// <summary>
/// Request bodies and personal data never reach the logs: the Web's every log line, at Trace,
/// during a stored and a refused submission, holds none of the BSN, IBAN, names, address, e-mail or birth dates sent.
/// </summary>
public sealed class NothingPersonalInLogsTests(CapturedLogsFixture app) : IClassFixture<CapturedLogsFixture>
{
    [Fact]
    public async Task Submit_StoredAndRefused_LogsNoneOfThePersonalDataSent()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality, recipientName: "Geertruida Vlasblom");
        var recipient = body["recipient"]!;
        recipient["bsn"] = TestBsn.New();
        recipient["houseNumber"] = "917z";
        var caregiver = body["caregivers"]![0]!;
        caregiver["name"] = "Hendrikus Oosterwijk";
        caregiver["iban"] = "NL20 INGB 0001 2345 67";
        caregiver["birthDate"] = "1963-08-29";
        var refused = body.DeepClone();
        refused["caregivers"]![0]!["email"] = "geen-adres";
        var before = app.Logs.Lines.Count;

        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Anonymous().PostAsJsonAsync("/api/requests", refused)).StatusCode);

        var logged = string.Join("\n", app.Logs.Lines.Skip(before));
        Assert.Contains("/api/requests", logged); // the requests were logged at all
        string[] personal =
        [
            (string)recipient["bsn"]!, "Geertruida", "Vlasblom", "Hendrikus", "Oosterwijk", "NL20INGB0001234567", "NL20 INGB",
            "0001234567", "1941-05-17", "1963-08-29", "917z", "1211 AB", (string)recipient["email"]!, (string)caregiver["email"]!,
            "geen-adres",
        ];
        Assert.All(personal, value => Assert.DoesNotContain(value, logged, StringComparison.OrdinalIgnoreCase));
    }
}
