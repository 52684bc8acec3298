namespace Waardering.Web.Payouts;

/// <summary>
/// The municipality's own account for SEPA files: <c>Payouts:Debtors:GM0402:{Name,Iban,Bic}</c>,
/// or <c>Payouts:Debtor</c> for every municipality without its own.
/// </summary>
public sealed class PayoutOptions
{
    public const string Section = "Payouts";

    public DebtorOptions? Debtor { get; set; }

    public Dictionary<string, DebtorOptions> Debtors { get; set; } = [];

    /// <summary>Days between building the file and the date the bank is asked to pay.</summary>
    public int ExecutionDelayDays { get; set; } = 1;

    public DebtorOptions? For(string municipality) => Debtors.GetValueOrDefault(municipality) ?? Debtor;
}

public sealed class DebtorOptions
{
    public string Name { get; set; } = "";
    public string Iban { get; set; } = "";
    public string Bic { get; set; } = "";
}
