namespace Waardering.Web.Auth;

/// <summary>Staff roles, carried in the token's <c>role</c> claim.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Officer = "officer";
    public const string Policy = "policy";

    public static readonly string[] All = [Admin, Officer, Policy];
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
}
