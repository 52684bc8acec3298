using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Account;

/// <summary>The account page: open to every staff role, it shows only the caller's own claims.</summary>
public static class AccountPages
{
    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(AccountPage.AccountPath, () => PageResults.Page<AccountPage>()).ExcludeFromDescription()
            .RequireAuthorization(Policies.AnyStaff).ScopedByItsHandler();
        app.MapSignOutPages();
        return app;
    }
}

/// <summary>Staff roles in the words officers use.</summary>
public static class StaffRoleWords
{
    public static string Label(string role) => role switch
    {
        Roles.Admin => "beheerder",
        Roles.Officer => "medewerker",
        Roles.Policy => "beleidsmedewerker",
        Roles.Support => "mantelzorgconsulent",
        Roles.Auditor => "accountant",
        _ => role,
    };
}
