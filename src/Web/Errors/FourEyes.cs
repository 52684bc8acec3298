namespace Waardering.Web.Errors;

/// <summary>
/// The refusal when the second pair of eyes is the first: a 403 that says who must act instead,
/// naming the field like every other refusal.
/// </summary>
public static class FourEyes
{
    public static ProblemHttpResult Refused(string title, string field, string message) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: title,
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.4",
            extensions: new Dictionary<string, object?> { ["errors"] = FieldErrors.One(field, message).ToDictionary() });
}
