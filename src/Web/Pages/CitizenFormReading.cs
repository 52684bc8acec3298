using Microsoft.AspNetCore.Antiforgery;
using Waardering.Web.Texts;

namespace Waardering.Web.Pages;

/// <summary>
/// Reads a citizen's posted form and checks its anti-forgery token against the cookie its page
/// set, so another site cannot make a visitor's browser post a form in their name (an
/// application, a consent). The citizens' forms are anonymous and their handlers read the form
/// themselves (the same routes take JSON, which needs no token: no browser form can send it), so
/// the check is made here rather than by binding. A form that cannot be read at all is refused
/// first, naming the body (<see cref="FormReading"/>).
/// </summary>
public static class CitizenFormReading
{
    /// <summary>The form, or none when its token is missing or does not fit: answer <see cref="Refused"/>.</summary>
    public static async Task<IFormCollection?> ReadCitizenFormAsync(this HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormOrRefuseAsync(cancellationToken);
        var antiforgery = request.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        return await antiforgery.IsRequestValidAsync(request.HttpContext) ? form : null;
    }

    /// <summary>
    /// The answer to a mailed link, from its page's form (read by <paramref name="fromForm"/>, its
    /// anti-forgery token checked) or as JSON for the API; <see cref="CitizenPost{T}.Refused"/> when the form's token fails.
    /// </summary>
    public static async Task<CitizenPost<T>> ReadFormOrJsonAsync<T>(
        this HttpRequest request, Func<IFormCollection, T> fromForm, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasFormContentType)
        {
            return new CitizenPost<T>(await request.ReadFromJsonAsync<T>(cancellationToken), FromForm: false, Refused: false);
        }

        return await request.ReadCitizenFormAsync(cancellationToken) is { } form
            ? new CitizenPost<T>(fromForm(form), FromForm: true, Refused: false)
            : new CitizenPost<T>(null, FromForm: true, Refused: true);
    }

    /// <summary>The page for a form sent without a valid token: most often a page opened long ago, or cookies refused.</summary>
    public static RazorComponentResult<MessagePage> Refused() => MessagePage.Result(CitizenWords.Of("form.refusedTitle"),
        CitizenWords.Of("form.refusedText"), StatusCodes.Status400BadRequest);
}

/// <summary>What a citizen's link page (or the API) posted: the body, whether it came from the page's form, and whether that form was refused.</summary>
public sealed record CitizenPost<T>(T? Body, bool FromForm, bool Refused)
    where T : class;
