using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Schemes;

namespace Waardering.Web.Cli;

/// <summary>
/// Hilversum's scheme as its policy describes it: € 150 per request, split over at most three
/// caregivers, applied for by the recipient from 1 October to 31 December. When today falls
/// outside that window the example is open all year, so that it can be tried at once.
/// </summary>
public static class ExampleScheme
{
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
        };
        await services.GetRequiredService<SchemeStore>().UpsertAsync(scheme, nameGiven: true, now, CancellationToken.None);
        return $"Example scheme GM0402 {today.Year}: window {window.OpensOn:yyyy-MM-dd} to {window.ClosesOn:yyyy-MM-dd}, € 150 per request.";
    }
}
