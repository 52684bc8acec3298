using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Waardering.Web.Errors;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Errors;

/// <summary>
/// A failure no endpoint handles (500, or 503 when the database cannot be reached) is answered in
/// the language the request localization chose, which runs before the exception handler; the
/// handler is called here as the middleware calls it, with the culture the request would have.
/// </summary>
public sealed class FailureLanguageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("en", "Something went wrong. Please try again later.", "The service is not available right now. Please try again later.")]
    [InlineData("nl", "Er ging iets mis. Probeer het later opnieuw.", "De dienst is tijdelijk niet beschikbaar. Probeer het later opnieuw.")]
    public async Task AFailure_IsAnsweredInTheChosenLanguage(string language, string failed, string unavailable)
    {
        Assert.Equal(failed, await FailureTitleAsync(new InvalidOperationException("A failure."), language));
        Assert.Equal(unavailable, await FailureTitleAsync(new TimeoutException(), language));
    }

    private async Task<string> FailureTitleAsync(Exception exception, string language)
    {
        var handler = app.Factory.Services.GetServices<IExceptionHandler>().OfType<ExceptionToProblemHandler>().Single();
        var context = new DefaultHttpContext { RequestServices = app.Factory.Services, Response = { Body = new MemoryStream() } };
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        context.Response.Body.Position = 0;
        return (string)JsonNode.Parse(context.Response.Body)!["title"]!;
    }
}
