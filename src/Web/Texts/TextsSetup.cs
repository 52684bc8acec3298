using System.Globalization;
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
        var languages = app.Services.GetRequiredService<TextFiles>().Languages.Select(CultureInfo.GetCultureInfo).ToList();
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
                new QueryStringRequestCultureProvider { QueryStringKey = CitizenLanguage.QueryKey, UIQueryStringKey = CitizenLanguage.QueryKey },
                new CookieRequestCultureProvider { CookieName = CitizenLanguage.CookieName },
            ],
        };
        app.UseRequestLocalization(options);
        return app;
    }
}
