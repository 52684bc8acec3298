namespace Waardering.Domain.Schemes;

/// <summary>How a scheme's unit amount reaches the caregivers of one request (schemes.split_mode).</summary>
public enum SplitMode
{
    /// <summary>One amount per request, split over its caregivers by their weights (Hilversum: € 150 over at most three).</summary>
    PerRequest,

    /// <summary>Each caregiver of the request gets the whole amount.</summary>
    PerCaregiver,
}
