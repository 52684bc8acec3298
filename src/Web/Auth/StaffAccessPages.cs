using Waardering.Web.Pages;
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

    public static Task ForbiddenAsync(HttpContext context) =>
        WriteAsync(context, PageResults.Page<ForbiddenPage>(statusCode: StatusCodes.Status403Forbidden));

    public static Task SignInFailedAsync(HttpContext context) =>
        WriteAsync(context, PageResults.Page<SignInFailedPage>(statusCode: StatusCodes.Status403Forbidden));

    private static Task WriteAsync(HttpContext context, IResult page)
    {
        context.Response.Headers.CacheControl = "no-store";
        return page.ExecuteAsync(context);
    }
}
