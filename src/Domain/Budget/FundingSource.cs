namespace Waardering.Domain.Budget;

/// <summary>Who funds a budget line (budget_lines.source, db/migrations/0002_budget.sql lists the codes).</summary>
public enum FundingSource
{
    /// <summary>A SPUK grant of the Rijk (e.g. GALA): the line names the grant and its last year, and is accounted for per year.</summary>
    Spuk,

    /// <summary>The municipality's own money.</summary>
    Municipal,

    /// <summary>Any other source.</summary>
    Other,
}
