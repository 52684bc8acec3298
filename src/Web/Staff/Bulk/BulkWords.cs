using Waardering.Data.Decisions;

namespace Waardering.Web.Staff.Bulk;

/// <summary>What became of a request in a bulk decision, in the officers' words.</summary>
public static class BulkWords
{
    public static string Label(this DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Approved => "Toegekend",
        DecisionOutcome.WaitingForBudget => "Wacht op budget: voldoet aan de regels, maar het budget is op",
        DecisionOutcome.OwnRequest => "Niet besloten: u heeft deze aanvraag zelf ingevoerd; een collega beslist (vier ogen)",
        DecisionOutcome.NotAllowed => "Niet besloten: er is al over beslist, of de zorgvrager moet nog bevestigen",
        DecisionOutcome.NoVouchersLeft => "Niet besloten: er zijn geen waardebonnen meer",
        DecisionOutcome.Rejected => "Afgewezen",
        _ => "Niet gevonden",
    };
}
