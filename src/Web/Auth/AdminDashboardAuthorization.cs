using Hangfire.Dashboard;

namespace Waardering.Web.Auth;

/// <summary>
/// The Hangfire dashboard shows job arguments and can retry jobs: admins only. It is the
/// deployment's, not a municipality's: it shows the jobs of every municipality served (ids, no
/// personal data), whatever the admin's <c>municipality</c> claims, so a regional service gives
/// the admin role only to those who run it for all of its municipalities.
/// </summary>
public sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
