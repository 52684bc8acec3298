using Waardering.Data.Reports;
using Waardering.Domain.Contact;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Staff.Dashboard.Reach;

/// <summary>
/// Are we reaching the caregivers at risk (002:819-827)? Caregivers reached per age band and
/// target group, as a share of the municipality's own figures, and how requests come in, each
/// against last year. All from one reading (<see cref="ReachPanelReader"/>).
/// </summary>
public sealed class ReachPanel(ReachPanelReader reader) : IDashboardPanel
{
    public string Path => DashboardPanels.Reach;

    public Task<ReachFigures> ReadAsync(DashboardQuery query, CancellationToken cancellationToken) =>
        reader.ReadAsync(query.Municipality, query.Year, cancellationToken);

    public async Task<IReadOnlyList<Chart>> ChartsAsync(DashboardQuery query, CancellationToken cancellationToken) =>
        Charts(await ReadAsync(query, cancellationToken));

    /// <summary>The share of the population first (only once its figures are set), then each group against last year.</summary>
    public static IReadOnlyList<Chart> Charts(ReachFigures figures)
    {
        var charts = new List<Chart>();
        if (ReachShares.Chart(figures) is { } shares)
        {
            charts.Add(shares);
        }

        charts.Add(YearOnYear.Bars("age-bands", "Bereikte mantelzorgers per leeftijd", "de bereikte mantelzorgers per leeftijd",
            "Leeftijd", figures.Year, Rows<AgeBand>(figures, ReachPanelReader.AgeBands, b => b.Label())));
        charts.Add(YearOnYear.Bars("target-groups", "Bereikte mantelzorgers per doelgroep",
            "de mantelzorgers per doelgroep, zoals zij die bij het contactmoment opgaven", "Doelgroep", figures.Year,
            Rows<TargetGroup>(figures, ReachPanelReader.TargetGroups, g => g.Label()),
            figures.In(ReachPanelReader.TargetGroups).Select(c => Short(Codes.Parse<TargetGroup>(c.Group))).ToList()));
        charts.Add(YearOnYear.Bars("channels", "Aanvragen per kanaal", "de aanvragen per kanaal", "Kanaal", figures.Year,
            Rows<Channel>(figures, ReachPanelReader.Channels, c => c.Label())));
        charts.Add(YearOnYear.Bars("applicants", "Aanvragen per aanvrager", "de aanvragen naar wie ze indiende", "Ingediend door",
            figures.Year, Rows<Applicant>(figures, ReachPanelReader.Applicants, a => a.Label())));
        return charts;
    }

    /// <summary>Under the bars: the table says it in full.</summary>
    private static string Short(TargetGroup group) => group switch
    {
        TargetGroup.Working => "Werkend",
        TargetGroup.DementiaOrBrainInjury => "Dementie, NAH",
        TargetGroup.MentalIllness => "GGZ",
        TargetGroup.ParentOfChild => "Ouder van kind",
        _ => "Niet-westers",
    };

    private static List<(string, long, long)> Rows<T>(ReachFigures figures, string dimension, Func<T, string> label)
        where T : struct, Enum =>
        figures.In(dimension).Select(c => (label(Codes.Parse<T>(c.Group)), c.ThisYear, c.LastYear)).ToList();
}
