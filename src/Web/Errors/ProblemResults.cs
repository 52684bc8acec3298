using Waardering.Web.Texts;

namespace Waardering.Web.Errors;

/// <summary>
/// Refusals in one shape: 400 when a field's value is malformed, 422 when a well-formed request
/// breaks a rule of the scheme (window, residence, age). Both name the field. The 400's title is in
/// the citizen's language; a staff route's is Dutch (<see cref="Texts.TextsSetup"/>).
/// </summary>
public static class ProblemResults
{
    public static ValidationProblem Invalid(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: CitizenWords.Of("problems.invalid"));

    public static ProblemHttpResult Unprocessable(FieldErrors errors, string title) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: title,
            type: "https://tools.ietf.org/html/rfc4918#section-11.2",
            extensions: new Dictionary<string, object?> { ["errors"] = errors.ToDictionary() });

    public static ProblemHttpResult Conflict(string field, string title, Dictionary<string, object?>? more = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: title,
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.10",
            extensions: new Dictionary<string, object?>(more ?? []) { ["errors"] = FieldErrors.One(field, title).ToDictionary() });
}
