using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;
using Waardering.Web.Texts;

namespace Waardering.Web.Errors;

/// <summary>
/// Turns what escapes an endpoint into problem details: unreadable JSON names the field it
/// failed on (400), so does an unreadable form; a database that cannot be reached is 503, so clients retry; the rest is 500
/// without internals. The words follow the citizen's language (<see cref="CitizenWords"/>); a staff route's are Dutch.
/// </summary>
public sealed class ExceptionToProblemHandler(IProblemDetailsService problemDetails, ILogger<ExceptionToProblemHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, errors) = exception switch
        {
            // The serializer's own message names .NET types; the citizen gets a plain one.
            BadHttpRequestException { InnerException: JsonException json } =>
                (400, CitizenWords.Of("problems.notJson"), FieldErrors.One(FieldOf(json.Path), CitizenWords.Of("problems.unreadableValue"))),
            BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                (413, CitizenWords.Of("problems.tooLarge"), FieldErrors.One("body", CitizenWords.Of("problems.tooLarge"))),
            BadHttpRequestException bad =>
                (bad.StatusCode, CitizenWords.Of("problems.unreadable"), FieldErrors.One("body", CitizenWords.Of("problems.sendJson"))),
            // A form the pages never send: more than 1,024 fields, a field name too long, broken multipart.
            InvalidDataException =>
                (400, CitizenWords.Of("problems.formUnreadable"), FieldErrors.One("body", CitizenWords.Of("problems.sendFormFromPage"))),
            NpgsqlException { IsTransient: true } or TimeoutException =>
                (503, CitizenWords.Of("problems.unavailable"), null),
            _ => (500, CitizenWords.Of("problems.failed"), null),
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

    /// <summary><c>$.caregivers[0].iban</c> becomes <c>caregivers[0].iban</c>; the root is the body.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
