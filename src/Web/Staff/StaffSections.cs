using System.Security.Claims;

namespace Waardering.Web.Staff;

/// <summary>A part of the back office, shown in the navigation to those whose role may use it.</summary>
public sealed record StaffSection(string Name, string Path, string[] Roles);

public static class StaffSections
{
    public static readonly StaffSection[] All =
    [
        new("Werkvoorraad", StaffPageRoutes.QueuePath, [Auth.Roles.Officer, Auth.Roles.Admin]),
        new("Aanvraag invoeren", "/staff/requests/new", [Auth.Roles.Officer]),
        new("Uitbetalen", "/staff/payouts", [Auth.Roles.Officer, Auth.Roles.Admin]),
        new("Vouchers", "/staff/vouchers", [Auth.Roles.Officer, Auth.Roles.Admin]),
        new("Brieven", Letters.LetterLinks.Path, [Auth.Roles.Officer, Auth.Roles.Admin]),
        new("Doorverwijzingen", "/staff/referrals", [Auth.Roles.Support]),
        new("Dashboard", Dashboard.DashboardPanels.Home, [Auth.Roles.Policy, Auth.Roles.Auditor, Auth.Roles.Admin]),
        new("Audit", "/staff/audit", [Auth.Roles.Auditor, Auth.Roles.Admin]),
        new("Account", "/staff/account", Auth.Roles.All),
    ];

    public static IEnumerable<StaffSection> For(ClaimsPrincipal user) => All.Where(s => s.Roles.Any(user.IsInRole));
}
