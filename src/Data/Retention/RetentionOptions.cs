namespace Waardering.Data.Retention;

/// <summary>How long personal data are kept (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>
    /// Months after the end of the scheme year before the personal data of its requests and
    /// check-ins are removed. Two years: long enough for objections and appeals against a
    /// decision and for the next year's comparison, no longer.
    /// </summary>
    public int Months { get; set; } = 24;

    /// <summary>
    /// Years after the end of the scheme year that the pseudonymised payment records are kept:
    /// the fiscal retention duty for the municipality's accounts (Algemene wet inzake
    /// rijksbelastingen, art. 52: seven years).
    /// </summary>
    public int FinancialYears { get; set; } = 7;
}
