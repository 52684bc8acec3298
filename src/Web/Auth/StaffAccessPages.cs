using Waardering.Web.Pages;
using Waardering.Web.Staff;
using Waardering.Web.Staff.Account;

namespace Waardering.Web.Auth;

/// <summary>
/// The answers of the staff session's cookie when it cannot let someone in: a page for people in
/// the back office's layout, not the API's bare status code.
/// </summary>
public static class StaffAccessPages
{
    public static Task NotConfiguredAsync(HttpContext context) =>
        WriteAsync(context, PageResults.Page<SignInNotConfiguredPage>(statusCode: StatusCodes.Status503ServiceUnavailable));

    /// <summary>
    /// Refuses a page the staff member's roles do not open. The back office's address itself
    /// (<c>/staff</c>, the officers' queue) is everyone's start: whoever it does not open goes to
    /// the first section that their roles do (policy staff and auditors to the dashboard).
    /// </summary>
    public static Task ForbiddenAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path == StaffPageRoutes.QueuePath
            && StaffSections.For(context.User).FirstOrDefault() is { } start && start.Path != StaffPageRoutes.QueuePath)
        {
            context.Response.Redirect(start.Path);
            return Task.CompletedTask;
        }

        return WriteAsync(context, PageResults.Page<ForbiddenPage>(statusCode: StatusCodes.Status403Forbidden));
    }

    public static Task SignInFailedAsync(HttpContext context) =>
        WriteAsync(context, PageResults.Page<SignInFailedPage>(statusCode: StatusCodes.Status403Forbidden));

    private static Task WriteAsync(HttpContext context, IResult page)
    {
        context.Response.Headers.CacheControl = "no-store";
        return page.ExecuteAsync(context);
    }
}
