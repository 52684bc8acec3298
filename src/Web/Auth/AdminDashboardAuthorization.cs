using Hangfire.Dashboard;

namespace Waardering.Web.Auth;

/// <summary>The Hangfire dashboard shows job arguments and can retry jobs: admins only.</summary>
public sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
