using System.Globalization;
using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Web.Pages;
using Waardering.Web.MyRequests;
using Waardering.Web.Requests;

namespace Waardering.Web.Apply;

/// <summary>
/// The application form's pages for citizens (<see cref="ApplicationFormPage"/>, then
/// <see cref="ApplicationReceivedPage"/>), in plain Dutch (B1) and without scripts. A form with
/// errors comes back filled in, each error beside its field and all of them at the top.
/// </summary>
public static class ApplicationPage
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Title(SchemeRecord scheme) => $"Mantelzorgwaardering {scheme.Year} aanvragen";

    public static string Date(LocalDate date) => date.ToString("d MMMM yyyy", Dutch);

    public static RazorComponentResult<ApplicationFormPage> Form(
        SchemeRecord scheme, ApplicationForm values, FieldErrors? errors = null, int statusCode = StatusCodes.Status200OK,
        ApplyDigid? digid = null) =>
        PageResults.Page<ApplicationFormPage>(
            new { Scheme = scheme, Values = values, Errors = errors?.ToDictionary(), Digid = digid ?? ApplyDigid.None }, statusCode);

    public static RazorComponentResult<ApplicationReceivedPage> Received(SubmittedRequest request, bool applicantMailed) =>
        PageResults.Page<ApplicationReceivedPage>(new { Request = request, ApplicantMailed = applicantMailed }, StatusCodes.Status201Created);
}
