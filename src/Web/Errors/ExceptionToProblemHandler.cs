using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Waardering.Web.Errors;

/// <summary>
/// Turns what escapes an endpoint into problem details: unreadable JSON names the field it
/// failed on (400), so does an unreadable form; a database that cannot be reached is 503, so clients retry; the rest is 500
/// without internals.
/// </summary>
public sealed class ExceptionToProblemHandler(IProblemDetailsService problemDetails, ILogger<ExceptionToProblemHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, errors) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } =>
                (400, "De aanvraag is geen geldige JSON.", FieldErrors.One(FieldOf(json.Path), UnreadableValue)),
            BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                (413, "De aanvraag is te groot.", FieldErrors.One("body", "De aanvraag is te groot.")),
            BadHttpRequestException bad =>
                (bad.StatusCode, "De aanvraag kan niet worden gelezen.", FieldErrors.One("body", "Stuur een JSON-object.")),
            // A form the pages never send: more than 1,024 fields, a field name too long, broken multipart.
            InvalidDataException =>
                (400, "Het formulier kan niet worden gelezen.", FieldErrors.One("body", "Verstuur het formulier op de pagina.")),
            NpgsqlException { IsTransient: true } or TimeoutException =>
                (503, "De dienst is tijdelijk niet beschikbaar. Probeer het later opnieuw.", null),
            _ => (500, "Er ging iets mis. Probeer het later opnieuw.", null),
        };

        if (status >= 500)
        {
            // The exception, not the request: bodies may hold personal data and are never logged.
            logger.LogError(exception, "Request failed with {Status}", status);
        }

        context.Response.StatusCode = status;
        if (status == 503)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title };
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors.ToDictionary();
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context, ProblemDetails = problem, Exception = exception,
        });
    }

    // The serializer's own message names .NET types; the citizen gets a plain one.
    private const string UnreadableValue =
        "Deze waarde kan niet worden gelezen. Controleer het type en de schrijfwijze (een datum als jjjj-mm-dd).";

    /// <summary><c>$.caregivers[0].iban</c> becomes <c>caregivers[0].iban</c>; the root is the body.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
