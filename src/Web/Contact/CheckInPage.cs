using Waardering.Web.Pages;

namespace Waardering.Web.Contact;

/// <summary>
/// The check-in form behind the mailed link (<see cref="CheckInFormPage"/>), in plain Dutch (B1);
/// its questions and choices are <see cref="CheckInWords"/>, the same the officer's entry after a
/// call asks. Posted with errors, it comes back filled in.
/// </summary>
public static class CheckInPage
{
    public static RazorComponentResult<CheckInFormPage> Form(
        string token, CheckInBody? answered = null, FieldErrors? errors = null, int statusCode = StatusCodes.Status200OK) =>
        PageResults.Page<CheckInFormPage>(new { Token = token, Answered = answered ?? new CheckInBody(), Errors = errors?.ToDictionary() }, statusCode);
}
