namespace Waardering.Data.Mail;

/// <summary>
/// A refusal's grounds in plain words: the rule of the scheme (Awb 3:46 asks a decision to rest
/// on its rule) and what the officer found, per reason code. "other" has no fixed rule: the
/// officer's own text is the reason.
/// </summary>
public static class DecisionReasons
{
    private static readonly Dictionary<string, (Words Rule, Words Finding)> Known = new()
    {
        ["notResident"] = (new("De zorgvrager moet in de gemeente wonen.", "The person receiving care must live in the municipality."),
            new("De zorgvrager woont niet in de gemeente.", "The person receiving care does not live in the municipality.")),
        ["noCareRelation"] = (new("De waardering is voor wie mantelzorg geeft: langdurig en onbetaald zorgen voor iemand uit de eigen omgeving.",
                "The appreciation is for informal care: caring for someone close, for a long time and unpaid."),
            new("Uit de aanvraag blijkt niet dat u mantelzorg geeft.", "The request does not show that informal care is given.")),
        ["duplicate"] = (new("Voor een zorgvrager is er één aanvraag per jaar.", "There is one request per person receiving care per year."),
            new("Voor deze zorgvrager is dit jaar al een aanvraag gedaan.", "A request for this person was already made this year.")),
        ["outsideWindow"] = (new("Een aanvraag moet binnenkomen in de aanvraagperiode.", "A request must arrive within the application period."),
            new("De aanvraag kwam buiten de aanvraagperiode binnen.", "The request arrived outside the application period.")),
        ["incomplete"] = (new("Een aanvraag moet alle gegevens hebben die de regeling vraagt.", "A request must give everything the scheme asks for."),
            new("De aanvraag is niet volledig.", "The request is incomplete.")),
    };

    /// <summary>The rule, the finding, and the officer's own words when they add to a known code's finding.</summary>
    public static (string? Rule, string? Reason, string? Explanation) For(string language, string? reasonCode, string? officersText)
    {
        if (reasonCode is null)
        {
            return (null, null, null);
        }

        if (!Known.TryGetValue(reasonCode, out var words))
        {
            return (null, officersText, null);
        }

        var english = MailFormat.IsEnglish(language);
        return (words.Rule.In(english), words.Finding.In(english), string.IsNullOrWhiteSpace(officersText) ? null : officersText);
    }

    private sealed record Words(string Nl, string En)
    {
        public string In(bool english) => english ? En : Nl;
    }
}
