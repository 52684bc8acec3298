using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Playwright;
using Waardering.Domain.Schemes;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>
/// The officers' actions on one request, each on its own page in headless Chromium: the rows they
/// change, the audit event with the officer's subject, the errors on the page, and another
/// municipality's officer finding nothing.
/// </summary>
public sealed class RequestActionTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AddCaregiver_OnItsPage_StoresThem_SplitsTheAmountAgain_AndPutsTheOfficerOnTheTrail()
    {
        var scheme = Bodies.Scheme();
        scheme["careDeclarationRequired"] = true;
        var municipality = await app.CreateSchemeAsync(scheme);
        var request = Bodies.Request(municipality);
        request["caregivers"]![0]!["careDeclared"] = true;
        var id = await app.SubmitAsync(request);
        var (context, page) = await OpenAsync($"/staff/requests/{id}/caregivers/new", "Anna", municipality);
        await using var _ = context;
        await BrowserFixture.CheckPageAsync(page, "staff-add-caregiver");

        await page.GetByLabel("IBAN").FillAsync("NL00GEEN0000000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mantelzorger toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nog niet alles klopt" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Locator("a[href='#birthDate']")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-add-caregiver-errors");
        Assert.Single(await CaregiversAsync(id));

        await page.GetByLabel("Naam").FillAsync("Wim de Wit");
        await page.GetByLabel("Dag").FillAsync("17");
        await page.GetByLabel("Maand", new() { Exact = true }).FillAsync("5");
        await page.GetByLabel("Jaar").FillAsync("1971");
        await page.GetByLabel("IBAN").FillAsync("NL91ABNA0417164300");
        await page.GetByLabel("De mantelzorger vindt contact met de gemeente goed").CheckAsync();
        await page.GetByLabel("De mantelzorger zorgt minstens drie maanden of meer dan acht uur per week").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mantelzorger toevoegen" }).ClickAsync();

        Assert.EndsWith($"/staff/requests/{id}?done=caregiverAdded", page.Url, StringComparison.Ordinal);
        var caregivers = await CaregiversAsync(id);
        Assert.Equal(("Wim de Wit", true), (caregivers[1].Name, caregivers[1].ConsentToContact));
        Assert.Equal(SplitMode.PerRequest.Amounts(await UnitAsync(id), [1, 1]), caregivers.Select(c => c.AmountCents));
        Assert.Contains(("caregiver-added", "Anna"), await TrailAsync(id));
        Assert.Equal([true, true], await DeclaredAsync(id));
    }

    [Fact]
    public async Task CoSignature_AtTheCounter_MakesTheRequestReceived_WithTheOfficerOnTheTrail()
    {
        var (municipality, id) = await RequestPages.AwaitingCoSignatureAsync(app);
        var (context, page) = await OpenAsync($"/staff/requests/{id}/co-signature", "Anna", municipality);
        await using var _ = context;
        await BrowserFixture.CheckPageAsync(page, "staff-co-signature");

        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestiging vastleggen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#channel-error")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-co-signature-errors");
        Assert.Equal("awaitingCoSignature", await app.StatusOfAsync(id));

        await page.GetByLabel("Aan de balie, met een identiteitsbewijs").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestiging vastleggen" }).ClickAsync();

        Assert.EndsWith("?done=coSigned", page.Url, StringComparison.Ordinal);
        Assert.Equal("received", await app.StatusOfAsync(id));
        Assert.Contains(("co-signed", "Anna"), await TrailAsync(id));
        var (again, notWaiting) = await OpenAsync($"/staff/requests/{id}/co-signature", "Anna", municipality);
        await using var __ = again;
        await Assertions.Expect(notWaiting.GetByRole(AriaRole.Button, new() { Name = "Bevestiging vastleggen" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ConsentByPhone_IsRecordedInTheRegister_WithTheOfficerOnTheTrail()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality);
        var (context, page) = await OpenAsync($"/staff/requests/{id}/caregivers/1/consent", "Anna", municipality);
        await using var _ = context;
        await BrowserFixture.CheckPageAsync(page, "staff-consent");

        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoord vastleggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kies ja of nee." })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-consent-errors");

        await page.GetByLabel("Ja, de gemeente mag contact opnemen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoord vastleggen" }).ClickAsync();

        Assert.EndsWith("?done=consentGiven", page.Url, StringComparison.Ordinal);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(("given", "staff"), await connection.QuerySingleAsync<(string, string)>("""
            select g.consent, g.consent_source from request_caregivers c join caregiver_register g on g.id = c.register_id
            where c.request_id = @id and c.position = 1
            """, new { id = Guid.Parse(id) }));
        Assert.Contains(("contact-consent-given", "Anna"), await TrailAsync(id));
    }

    [Fact]
    public async Task CheckInAnswer_AfterACall_IsStoredForThatCheckIn_AndACheckInOfAnotherRequestIsNotFound()
    {
        var (municipality, _) = await app.CheckInSentAsync();
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var (id, checkIn) = await connection.QuerySingleAsync<(Guid, Guid)>("""
            select i.request_id, i.id from check_ins i join schemes s on s.id = i.scheme_id where s.municipality_code = @municipality
            """, new { municipality });
        var (context, page) = await OpenAsync($"/staff/requests/{id}/check-ins", "Anna", municipality);
        await using var _ = context;
        await BrowserFixture.CheckPageAsync(page, "staff-check-ins");

        await page.GetByRole(AriaRole.Link, new() { Name = "Antwoorden invoeren" }).First.ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-check-in-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoorden opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#wellbeing-error")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-check-in-errors");

        var other = await app.SubmitAsync(municipality);
        using var anna = app.As("officer", "Anna", [municipality]);
        var foreignPost = await anna.PostAsync($"/staff/requests/{other}/check-ins",
            await StaffForms.ContentAsync(anna, [("checkIn", checkIn.ToString()), ("wellbeing", "4")]));
        Assert.Equal(HttpStatusCode.NotFound, foreignPost.StatusCode);

        await page.GetByLabel("Redelijk goed").CheckAsync();
        await page.GetByLabel("Nee, nu niet").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Mogen we u op de hoogte houden" }).GetByLabel("Ja", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoorden opslaan" }).ClickAsync();

        Assert.EndsWith("?done=checkInAnswered", page.Url, StringComparison.Ordinal);
        Assert.Equal(("Anna", 4), await connection.QuerySingleAsync<(string, int)>(
            "select answered_by, wellbeing from check_ins where id = @checkIn", new { checkIn }));
        Assert.Contains(("check-in-answered", "Anna"), await TrailAsync(id.ToString()));
    }

    /// <summary>Four eyes on an IBAN change: the proposer reads why not and a forged post is refused; a second officer confirms.</summary>
    [Fact]
    public async Task IbanChange_ProposedByOneOfficer_IsRefusedToThem_AndConfirmedByAnother()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality);
        var (context, page) = await OpenAsync($"/staff/requests/{id}/caregivers/1/iban", "Anna", municipality);
        await using var _ = context;
        await BrowserFixture.CheckPageAsync(page, "staff-iban");
        await page.GetByLabel("Nieuw IBAN").FillAsync("NL00");
        await page.GetByRole(AriaRole.Button, new() { Name = "IBAN voorstellen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#iban-error")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-iban-errors");
        await page.GetByLabel("Nieuw IBAN").FillAsync(NewIban);
        await page.GetByRole(AriaRole.Button, new() { Name = "IBAN voorstellen" }).ClickAsync();
        Assert.EndsWith("?done=ibanProposed", page.Url, StringComparison.Ordinal);
        Assert.Contains(("iban-change-proposed", "Anna"), await TrailAsync(id));

        await page.GotoAsync($"/staff/requests/{id}/caregivers/1/iban");
        await Assertions.Expect(page.GetByText("U heeft deze wijziging zelf voorgesteld.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Wijziging bevestigen" })).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "staff-iban-pending-own");
        using var anna = app.As("officer", "Anna", [municipality]);
        var forged = await anna.PostAsync($"/staff/requests/{id}/caregivers/1/iban/confirmation", await StaffForms.ContentAsync(anna, [("confirm", "true")]));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal((OldIban, "pending"), await IbanAsync(id));

        var (second, bram) = await OpenAsync($"/staff/requests/{id}/caregivers/1/iban", "Bram", municipality);
        await using var __ = second;
        await bram.GetByRole(AriaRole.Link, new() { Name = "Wijziging bevestigen" }).ClickAsync();
        Assert.True(Waardering.Domain.Iban.TryParse(NewIban, out var masked));
        await Assertions.Expect(bram.GetByText($"Vanaf nu gaat het bedrag naar {masked.Masked}.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(bram, "staff-iban-confirmation");
        await bram.GetByRole(AriaRole.Button, new() { Name = "Ja, bevestig het nieuwe IBAN" }).ClickAsync();

        Assert.EndsWith("?done=ibanConfirmed", bram.Url, StringComparison.Ordinal);
        Assert.Equal((NewIban, "confirmed"), await IbanAsync(id));
        Assert.Contains(("iban-change-confirmed", "Bram"), await TrailAsync(id));
    }

    [Fact]
    public async Task IbanChange_Withdrawn_LeavesTheIbanItHad()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality);
        (await app.As("officer", "Anna", [municipality]).PutAsJsonAsync($"/api/requests/{id}/caregivers/1/iban", new { iban = NewIban }))
            .EnsureSuccessStatusCode();
        var (context, page) = await OpenAsync($"/staff/requests/{id}/caregivers/1/iban", "Bram", municipality);
        await using var _ = context;
        await BrowserFixture.CheckPageAsync(page, "staff-iban-pending");

        await page.GetByRole(AriaRole.Button, new() { Name = "Wijziging intrekken" }).ClickAsync();

        Assert.EndsWith("?done=ibanWithdrawn", page.Url, StringComparison.Ordinal);
        Assert.Equal((OldIban, "withdrawn"), await IbanAsync(id));
        Assert.Contains(("iban-change-withdrawn", "Bram"), await TrailAsync(id));
    }

    [Fact]
    public async Task EveryActionPage_OfAnotherMunicipalitysRequest_IsNotFound()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality);
        foreach (var path in (string[])["caregivers/new", "co-signature", "caregivers/1/iban", "caregivers/1/iban/confirmation",
                     "caregivers/1/consent", "check-ins"])
        {
            var (context, page) = await OpenAsync($"/staff/requests/{id}/{path}", "Elders", app.ForeignMunicipality());
            await using var _ = context;
            Assert.Equal(404, (await page.ReloadAsync())!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Niet gevonden");
        }
    }

    private const string OldIban = "NL91ABNA0417164300";
    private const string NewIban = "DE89370400440532013000";


    private Task<(IBrowserContext Context, IPage Page)> OpenAsync(string path, string officer, string municipality) =>
        app.OpenAsync(path, WebAppFixture.Token("officer", officer, [municipality]));

    private async Task<List<(string Name, bool ConsentToContact, long AmountCents)>> CaregiversAsync(string id)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string, bool, long)>(
            "select name, consent_to_contact, amount_cents from request_caregivers where request_id = @id order by position",
            new { id = Guid.Parse(id) })).ToList();
    }

    /// <summary>The first caregiver's stored IBAN and the status of its latest change.</summary>
    private async Task<(string Iban, string Change)> IbanAsync(string id)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(string, string)>("""
            select c.iban, (select status from iban_changes where request_id = c.request_id and caregiver_position = 1 order by proposed_at desc limit 1)
            from request_caregivers c where c.request_id = @id and c.position = 1
            """, new { id = Guid.Parse(id) });
    }

    private async Task<List<bool>> DeclaredAsync(string id)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<bool>(
            "select care_declared from request_caregivers where request_id = @id order by position", new { id = Guid.Parse(id) })).ToList();
    }

    private async Task<long> UnitAsync(string id)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<long>("select unit_amount_cents from requests where id = @id", new { id = Guid.Parse(id) });
    }

    /// <summary>Each event on the request's trail with the subject of whoever did it.</summary>
    private async Task<List<(string Action, string? Subject)>> TrailAsync(string id)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string, string?)>(
            "select action, actor_subject from audit_events where request_id = @id order by id", new { id = Guid.Parse(id) })).ToList();
    }
}
