using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Web.Pages;
using Waardering.Web.MyRequests;
using Waardering.Web.Requests;
using Waardering.Web.Texts;

namespace Waardering.Web.Apply;

/// <summary>
/// The application form's pages for citizens (<see cref="ApplicationFormPage"/>, then
/// <see cref="ApplicationReceivedPage"/>), in plain words (B1) in the citizen's language and without scripts. A form with
/// errors comes back filled in, each error beside its field and all of them at the top.
/// </summary>
public static class ApplicationPage
{
    public static string Title(SchemeRecord scheme) => CitizenWords.Of("apply.title", scheme.Year);

    public static string Date(LocalDate date) => CitizenWords.Date(date);

    public static RazorComponentResult<ApplicationFormPage> Form(
        SchemeRecord scheme, ApplicationForm values, FieldErrors? errors = null, int statusCode = StatusCodes.Status200OK,
        ApplyDigid? digid = null) =>
        PageResults.Page<ApplicationFormPage>(
            new { Scheme = scheme, Values = values, Errors = errors?.ToDictionary(), Digid = digid ?? ApplyDigid.None }, statusCode);

    /// <summary>The answer to a stored application; where the scheme has DigiD, with the way to "my requests".</summary>
    public static RazorComponentResult<ApplicationReceivedPage> Received(SubmittedRequest request, bool applicantMailed, bool myRequests = false) =>
        PageResults.Page<ApplicationReceivedPage>(
            new { Request = request, ApplicantMailed = applicantMailed, MyRequests = myRequests }, StatusCodes.Status201Created);
}
