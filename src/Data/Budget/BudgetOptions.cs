namespace Waardering.Data.Budget;

public sealed class BudgetOptions
{
    public const string Section = "Budget";

    /// <summary>Recompute the amount after every this many requests, besides the hourly schedule.</summary>
    public int RecomputeEveryRequests { get; set; } = 100;

    /// <summary>Where the alert goes when the amount reaches the floor or the budget runs out.</summary>
    public string? PolicyStaffEmail { get; set; }
}
