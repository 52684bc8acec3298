namespace Waardering.Domain.Budget;

/// <summary>Where the figures of "last year" come from in a comparison and in the forecast.</summary>
public enum LastYearSource
{
    /// <summary>Neither the service nor an import has last year.</summary>
    None,

    /// <summary>The service's own scheme of last year: its requests as they arrived.</summary>
    Service,

    /// <summary>Figures imported by policy staff for a year before the service was used.</summary>
    Imported,
}
