using Waardering.Data.Reports;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Contact;
using Waardering.Web.Staff.Dashboard.Reach;

namespace Waardering.Web.Staff.Dashboard.CheckIns;

/// <summary>
/// The contactmoment of a scheme year in numbers (002 appendix 1): check-ins sent and answered,
/// how caregivers are doing, the signals of overload they report, and the referrals made and where
/// they stand. Numbers only: never a person, never what someone wrote.
/// </summary>
public sealed class CheckInPanel(CheckInPanelReader reader) : IDashboardPanel
{
    public string Path => DashboardPanels.CheckIns;

    public Task<CheckInPanelFigures> ReadAsync(DashboardQuery query, CancellationToken cancellationToken) =>
        reader.ReadAsync(query.Municipality, query.Year, cancellationToken);

    public async Task<IReadOnlyList<Chart>> ChartsAsync(DashboardQuery query, CancellationToken cancellationToken) =>
        Charts(await ReadAsync(query, cancellationToken));

    public static IReadOnlyList<Chart> Charts(CheckInPanelFigures figures)
    {
        var (sent, answered) = (figures.Of(CheckInPanelReader.Sent), figures.Of(CheckInPanelReader.Answered));
        var wellbeing = CheckInWords.Wellbeing.ToDictionary(w => w.Code, w => $"{w.Code} {w.Label}");
        return
        [
            Bars("check-ins", "Contactmomenten", "de contactmomenten: verstuurd, beantwoord, met zware belasting en doorverwezen",
                "Contactmomenten", figures.Year,
                [
                    ("Verstuurd", sent, null), ("Beantwoord", answered, sent),
                    ("Zwaar belast", figures.Of(CheckInPanelReader.HeavyOverload), answered),
                    ("Doorverwezen", figures.Of(CheckInPanelReader.Referrals), answered),
                ], "Deel"),
            Bars("wellbeing", "Hoe het gaat met de mantelzorgers", "de antwoorden op “Hoe gaat het met u?”, van 1 (slecht) tot 5 (goed)",
                "Antwoord", figures.Year,
                figures.In(CheckInPanelReader.Wellbeing).Select(c => (wellbeing[c.Group], c.Count, (long?)answered)).ToList(),
                "Deel van de antwoorden"),
            Bars("signals", "Signalen van overbelasting", "hoe vaak elk signaal van overbelasting werd genoemd", "Signaal", figures.Year,
                figures.In(CheckInPanelReader.Signals).Select(c => (StaffWords.Signal(c.Group), c.Count, (long?)answered)).ToList(),
                "Deel van de antwoorden", figures.In(CheckInPanelReader.Signals).Select(c => ShortSignal(c.Group)).ToList()),
            Bars("referrals", "Doorverwijzingen per status", "de doorverwijzingen naar de mantelzorgondersteuning per status", "Status",
                figures.Year, figures.In(CheckInPanelReader.ReferralStatuses)
                    .Select(c => (Codes.Parse<ReferralStatus>(c.Group).Label(), c.Count, (long?)null)).ToList(), null),
            Bars("referral-reasons", "Waarom doorverwezen", "waarom mantelzorgers werden doorverwezen (één doorverwijzing kan twee redenen hebben)",
                "Reden", figures.Year, figures.In(CheckInPanelReader.ReferralReasons)
                    .Select(c => (StaffWords.ReferralReason(c.Group), c.Count, (long?)null)).ToList(), null),
        ];
    }

    /// <summary>The check-ins sent and how many answered, in words, for above the charts.</summary>
    public static string Summary(CheckInPanelFigures figures)
    {
        var (sent, answered) = (figures.Of(CheckInPanelReader.Sent), figures.Of(CheckInPanelReader.Answered));
        return sent == 0
            ? $"In {YearOnYear.Year(figures.Year)} is nog geen contactmoment verstuurd."
            : $"In {YearOnYear.Year(figures.Year)} zijn {YearOnYear.Number(sent)} contactmomenten verstuurd en {YearOnYear.Number(answered)} " +
              $"beantwoord: {ChartCell.Percent(Share(answered, sent)).Text}. Alleen aantallen; wie wat antwoordde staat hier niet.";
    }

    /// <summary>Counts per group in one series, with each count's share of a whole where it has one.</summary>
    private static Chart Bars(
        string id, string title, string what, string groupColumn, int year, IReadOnlyList<(string Label, long Count, long? Whole)> rows,
        string? shareColumn, IReadOnlyList<string>? categories = null)
    {
        IReadOnlyList<string> columns = shareColumn is null ? [groupColumn, "Aantal"] : [groupColumn, "Aantal", shareColumn];
        var table = new ChartTable(columns, rows.Select(r => (IReadOnlyList<ChartCell>)(shareColumn is null
            ? [r.Label, ChartCell.Number(r.Count)]
            : [r.Label, ChartCell.Number(r.Count), r.Whole is { } whole ? ChartCell.Percent(Share(r.Count, whole)) : ""])).ToList());
        var svg = ChartSvg.Bars(categories ?? rows.Select(r => r.Label).ToList(),
            [new ChartSeries(YearOnYear.Year(year), rows.Select(r => (double)r.Count).ToList())], ChartUnit.Count);
        var words = string.Join("; ", rows.Select(r => $"{r.Label}: {YearOnYear.Number(r.Count)}"));
        return new Chart(id, title, $"Staafdiagram van {what} in {YearOnYear.Year(year)}. {words}.", table, svg);
    }

    /// <summary>Under the bars: the table says it in full.</summary>
    private static string ShortSignal(string code) => code switch
    {
        "noRoomForStudyOrWork" => "Studie, werk",
        "noFreeTime" => "Vrije tijd",
        "healthComplaints" => "Gezondheid",
        "sleepAndWorry" => "Slapen",
        "restlessness" => "Onrust",
        "roundTheClockCare" => "Dag en nacht",
        _ => StaffWords.Signal(code),
    };

    private static decimal Share(long part, long whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);
}
