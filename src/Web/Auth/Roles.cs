namespace Waardering.Web.Auth;

/// <summary>Staff roles, carried in the token's <c>role</c> claim.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Officer = "officer";
    public const string Policy = "policy";

    /// <summary>The municipality's support organisation: reads the referrals made to it.</summary>
    public const string Support = "support";

    /// <summary>The auditor (accountant) who checks the year's spending: reads the audit trail and the budget, changes nothing.</summary>
    public const string Auditor = "auditor";

    public static readonly string[] All = [Admin, Officer, Policy, Support, Auditor];
}

/// <summary>Authorization policies, one per kind of work.</summary>
public static class Policies
{
    /// <summary>Sets up municipalities, schemes and templates.</summary>
    public const string Admin = "admin";

    /// <summary>Reads requests with personal data: officers, and admins who support them.</summary>
    public const string CaseWork = "case-work";

    /// <summary>Budget lines, collective costs and the amount: policy staff, and admins who support them.</summary>
    public const string Budget = "budget";

    /// <summary>Reads budget against spend, the amount's history and the SPUK accounting: also the auditor.</summary>
    public const string BudgetRead = "budget-read";

    /// <summary>
    /// Referrals with the data to call a caregiver back: the support organisation only. Admins
    /// do not need them, and the fewer who can read them the better.
    /// </summary>
    public const string Support = "support";

    /// <summary>The audit trail of a scheme year: the auditor, and admins who support them.</summary>
    public const string Audit = "audit";

    /// <summary>Any staff role: pages about the signed-in staff member themselves, such as their account.</summary>
    public const string AnyStaff = "any-staff";
}
