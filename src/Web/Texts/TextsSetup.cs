using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Waardering.Web.Texts;

/// <summary>
/// The citizens' pages in more languages: texts from files (<see cref="TextFiles"/>) through ASP.NET
/// Core's <see cref="IStringLocalizer"/>, and the request localization middleware choosing the
/// language from <c>?lang=</c> (a link in a mail) or the cookie the language links set. Not from the
/// browser's Accept-Language: the municipality's language is Dutch, and a citizen chooses another.
/// </summary>
public static class TextsSetup
{
    public static IServiceCollection AddWaarderingTexts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TextOptions>().Bind(configuration.GetSection(TextOptions.Section));
        services.AddSingleton(sp => new TextFiles(sp.GetRequiredService<IOptions<TextOptions>>().Value));
        services.AddSingleton<IStringLocalizerFactory, FileStringLocalizerFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<IStringLocalizerFactory>().Create(typeof(TextFiles)));
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        return services;
    }

    public static WebApplication UseCitizenLanguages(this WebApplication app)
    {
        var files = app.Services.GetRequiredService<TextFiles>();
        var languages = files.Languages.Select(CultureInfo.GetCultureInfo).ToList();
        var options = new RequestLocalizationOptions
        {
            // Only the UI culture follows the citizen: dates and amounts on a page are written by
            // the page's own words, and the API's and CSV's formatting stays the process's.
            DefaultRequestCulture = new RequestCulture(CultureInfo.CurrentCulture, CultureInfo.GetCultureInfo(TextFiles.Default)),
            SupportedCultures = [CultureInfo.CurrentCulture],
            SupportedUICultures = languages,
            FallBackToParentUICultures = false,
            RequestCultureProviders =
            [
                // The back office stays Dutch, whatever its officer chose on a citizen's page: its pages
                // and the API's staff routes, whose problem details (a 400's title, a 500) share their words with the citizens'.
                new CustomRequestCultureProvider(context => Task.FromResult(
                    context.Request.Path.StartsWithSegments("/staff") || IsStaffRoute(context.GetEndpoint())
                        ? new ProviderCultureResult(TextFiles.Default) : null)),
                new QueryStringRequestCultureProvider { QueryStringKey = CitizenLanguage.QueryKey, UIQueryStringKey = CitizenLanguage.QueryKey },
                new CookieRequestCultureProvider { CookieName = CitizenLanguage.CookieName },
            ],
        };
        app.UseRequestLocalization(options);
        app.Use((context, next) =>
        {
            CitizenWords.Use(files);
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// A route that requires sign-in: only staff sign in for a route (a citizen's routes are open and
    /// their handlers check the DigiD session or the link's token). Routing runs before this
    /// middleware, so the route is known.
    /// </summary>
    private static bool IsStaffRoute(Endpoint? endpoint) =>
        endpoint is not null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
        && (endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null || endpoint.Metadata.GetMetadata<AuthorizationPolicy>() is not null);
}
