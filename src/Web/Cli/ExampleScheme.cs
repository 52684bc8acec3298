using NodaTime;
using Waardering.Data.Audit;
using Waardering.Data.Population;
using Waardering.Data.Schemes;
using Waardering.Data.Support;
using Waardering.Domain;
using Waardering.Domain.Schemes;

namespace Waardering.Web.Cli;

/// <summary>
/// Hilversum's scheme as its policy describes it: € 150 per request, split over at most three
/// caregivers, applied for by the recipient from 1 October to 31 December. When today falls
/// outside that window the example is open all year, so that it can be tried at once. Its
/// support on offer is the one the plan names; every mail to a caregiver lists it.
/// </summary>
public static class ExampleScheme
{
    /// <summary>
    /// Hilversum's support for caregivers (DOMAIN.md "Support on offer"; seeds/002). The plan gives
    /// no phone numbers, so none is filled in: the admin sets them (PUT /api/municipalities/GM0402/support).
    /// </summary>
    public static readonly IReadOnlyList<SupportOffer> HilversumSupport =
    [
        // 002:1079-1085: collective and individual support, contact groups, home visits.
        new("Versa Welzijn", "Mantelzorgondersteuners: een gesprek, ontmoetings- en lotgenotengroepen, zo nodig bij u thuis", null, null),
        // 002:658, 1104-1115: independent client support, advice, training and contact groups.
        new("MEE", "Onafhankelijke cliëntondersteuning, advies, trainingen en contactgroepen", null, null),
        // 002:749: the entry close to home for complex questions.
        new("Buurtteams", "Dé ingang bij u in de buurt voor ingewikkelde vragen", null, null),
        // 002:49, 756: the regional website with information, advice and a guide to the right support.
        new("Mantelzorg Gooi en Vechtstreek", "Informatie, advies, bijeenkomsten en een hulpwijzer naar passende steun", null, "www.mantelzorggv.nl"),
    ];

    /// <summary>Hilversum's caregivers, table 1 of the plan (CBS 1-1-2020, 002:374-392): what the reach panel sets those reached against.</summary>
    public static readonly PopulationFigures HilversumPopulation = new(22_960, 4_380, 2_433, "CBS, 1 januari 2020", 2020);

    public static async Task<string> SeedAsync(IServiceProvider services)
    {
        var now = services.GetRequiredService<IClock>().GetCurrentInstant();
        var today = AmsterdamTime.DateOf(now);
        var window = new SchemeWindow(new LocalDate(today.Year, 10, 1), new LocalDate(today.Year, 12, 31));
        if (!window.Contains(today))
        {
            window = SchemeWindow.AllYear(today.Year);
        }

        var scheme = new SchemeRecord
        {
            MunicipalityCode = "GM0402", MunicipalityName = "Hilversum", Year = today.Year,
            OpensOn = window.OpensOn, ClosesOn = window.ClosesOn, BaseAmountCents = 15000, CurrentAmountCents = 15000,
            FloorAmountCents = 5000, StepCents = 100, MaxCaregivers = 3, SplitMode = SplitMode.PerRequest,
            PayoutMode = PayoutMode.Rolling, WhoMayApply = WhoMayApply.Both, CoSignRequired = false,
            // Hilversum's postcode area: the recipient must live in the municipality.
            PostcodeRanges = [new PostcodeRangeRecord(1200, 1223)],
            // Objections go to the college of Hilversum at the town hall's PO box.
            ObjectionAddress = new ObjectionAddressRecord("Gemeente Hilversum", "Postbus 9900", "1201 GM", "Hilversum"),
            // Citizens may sign in with DigiD (in Development: the development identity provider's test citizens).
            Digid = DigidUse.Optional,
        };
        await services.GetRequiredService<SchemeStore>().UpsertAsync(scheme, nameGiven: true, now, CancellationToken.None);
        // Seeded by the service itself, not by a person.
        await services.GetRequiredService<SupportStore>().SetAsync("GM0402", HilversumSupport, Actor.Worker, CancellationToken.None);
        await services.GetRequiredService<PopulationStore>().SetAsync("GM0402", HilversumPopulation, Actor.Worker, CancellationToken.None);
        return $"Example scheme GM0402 {today.Year}: window {window.OpensOn:yyyy-MM-dd} to {window.ClosesOn:yyyy-MM-dd}, € 150 per request.";
    }
}
