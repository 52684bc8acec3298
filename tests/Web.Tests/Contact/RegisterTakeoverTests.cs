using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Contact;

/// <summary>
/// An application without sign-in cannot change a registered caregiver's address or consent: the
/// address on file is asked, and only its confirmation changes the register.
/// </summary>
public sealed class RegisterTakeoverTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Apply_NamingARegisteredCaregiverWithAnotherAddress_ChangesNothingAndMailsTheAddressOnFile()
    {
        var (municipality, onFile) = await RegisteredCaregiverAsync();
        var other = $"{Guid.NewGuid():N}@example.org";

        await ApplyAsCaregiverAsync(municipality, other, consent: true);

        Assert.Equal(("given", onFile), await RegisterAsync(municipality));
        var mail = await ChangeMailAsync(onFile);
        Assert.False(mail.StopContact);
        Assert.DoesNotContain(other, mail.NewAddress);
        Assert.Equal(0, await MailsWithConsentLinkToAsync(other));
    }

    [Fact]
    public async Task Apply_SayingNoForARegisteredCaregiver_KeepsTheirConsentUntilConfirmed()
    {
        var (municipality, onFile) = await RegisteredCaregiverAsync();

        await ApplyAsCaregiverAsync(municipality, onFile, consent: false);

        Assert.Equal(("given", onFile), await RegisterAsync(municipality));
        Assert.True((await ChangeMailAsync(onFile)).StopContact);
    }

    [Fact]
    public async Task ConfirmChange_ThroughTheLinkToTheAddressOnFile_ChangesTheRegisterOnce()
    {
        var (municipality, onFile) = await RegisteredCaregiverAsync();
        var other = $"{Guid.NewGuid():N}@example.org";
        await ApplyAsCaregiverAsync(municipality, other, consent: true);
        var url = new Uri((await ChangeMailAsync(onFile)).ConfirmUrl);
        var token = url.Query[(url.Query.IndexOf("token=", StringComparison.Ordinal) + 6)..];

        var wrong = await app.Anonymous().PostAsJsonAsync("/api/register-change", new JsonObject { ["token"] = "geraden" });
        var page = await app.Anonymous().GetAsync(url.PathAndQuery);
        var confirmed = await app.Anonymous().PostAsJsonAsync("/api/register-change", new JsonObject { ["token"] = token });
        var again = await app.Anonymous().PostAsJsonAsync("/api/register-change", new JsonObject { ["token"] = token });

        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Contains("<button", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        Assert.Equal(("given", other), await RegisterAsync(municipality));
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
    }

    private async Task<(string Municipality, string Email)> RegisteredCaregiverAsync()
    {
        var municipality = await app.CreateSchemeAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        await ApplyAsCaregiverAsync(municipality, email, consent: true);
        Assert.Equal(("given", email), await RegisterAsync(municipality));
        return (municipality, email);
    }

    private async Task ApplyAsCaregiverAsync(string municipality, string email, bool consent)
    {
        var body = Bodies.Request(municipality);
        body["submittedBy"] = "caregiver";
        body["caregivers"]![0]!["email"] = email;
        body["caregivers"]![0]!["consentToContact"] = consent;
        await app.SubmitAsync(body);
    }

    private async Task<(string Consent, string? Email)> RegisterAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(string, string?)>(
            "select consent, email from caregiver_register where municipality_code = @municipality", new { municipality });
    }

    private async Task<(bool StopContact, string NewAddress, string ConfirmUrl)> ChangeMailAsync(string onFile)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(bool, string, string)>("""
            select (model ->> 'stopContact')::boolean, coalesce(model ->> 'newAddress', ''), model ->> 'confirmUrl'
            from outbox_mails where template = 'register-change' and to_address = @onFile
            """, new { onFile });
    }

    private async Task<int> MailsWithConsentLinkToAsync(string address)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "select count(*) from outbox_mails where to_address = @address and model::text like '%contact-consent%'", new { address });
    }
}
