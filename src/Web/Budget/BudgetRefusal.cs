using Waardering.Data.Budget;

namespace Waardering.Web.Budget;

/// <summary>
/// Why the budget store refused a write, in the words of both the API (problem details) and the
/// dashboard's forms (an error beside the field): one text for one rule.
/// </summary>
public sealed record BudgetRefusal(bool IsConflict, string Field, string Message, string Title)
{
    public ProblemHttpResult Problem() => IsConflict
        ? ProblemResults.Conflict(Field, Message)
        : ProblemResults.Unprocessable(FieldErrors.One(Field, Message), Title);

    public static BudgetRefusal? OfLine(BudgetWriteOutcome outcome, string municipality, string code) => outcome switch
    {
        BudgetWriteOutcome.Created or BudgetWriteOutcome.Updated => null,
        BudgetWriteOutcome.CodeInUse => new(true, "code",
            $"Code {code} hoort al bij een regel met uitgaven uit een andere bron; kies een nieuwe code.", ""),
        BudgetWriteOutcome.UnknownMunicipality => new(false, "municipality",
            $"Gemeente {municipality} is onbekend; maak eerst een regeling aan.", "Onbekende gemeente."),
        _ => new(false, "amountCents", "Er is al meer uitgegeven of toegekend uit deze regel dan dit bedrag.",
            "De begrotingsregel kan niet lager worden dan wat er al uit is toegekend of uitgegeven."),
    };

    public static BudgetRefusal? OfExpenditure(BudgetWriteOutcome outcome, string municipality, int year, string lineCode) => outcome switch
    {
        BudgetWriteOutcome.Created => null,
        BudgetWriteOutcome.UnknownLine => new(false, "lineCode",
            $"Er is geen begrotingsregel {lineCode} voor {municipality} in {year}.", "Onbekende begrotingsregel."),
        _ => new(false, "amountCents", "Dit bedrag is hoger dan wat er nog over is op de begrotingsregel.",
            "De begrotingsregel raakt hierdoor overschreden."),
    };

    /// <summary>A year's accounts are closed (<see cref="BudgetValidation.IsClosed"/>): nothing more is charged to them.</summary>
    public static BudgetRefusal ClosedYear(int year) =>
        new(false, "year", $"Het boekjaar {year} is afgesloten.", "Het boekjaar is afgesloten.");
}
