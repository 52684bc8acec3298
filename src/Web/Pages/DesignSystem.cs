using Microsoft.Extensions.Options;

namespace Waardering.Web.Pages;

/// <summary>
/// The NL Design System on every page: Utrecht's design tokens and component CSS, installed from
/// npm (pinned in tools/nlds/package.json; scripts/lib.sh and the Dockerfile install it) and served
/// from their package folders as two files; the municipality's theme (<see cref="ThemeOptions"/>)
/// as CSS custom properties over the tokens; and the service's own few layout rules.
/// </summary>
public static class DesignSystem
{
    public const string TokensPath = "/nlds/tokens.css";
    public const string ComponentsPath = "/nlds/components.css";
    public const string ThemePath = "/theme.css";
    public const string LogoPath = "/theme/logo";
    public const string SitePath = "/css/waardering.css";

    /// <summary>The folder with the @utrecht packages: setting <c>DesignSystem:Path</c>, else where the scripts or the image put it.</summary>
    public static string? Folder(IConfiguration configuration, IWebHostEnvironment environment) =>
        new[]
        {
            configuration["DesignSystem:Path"],
            Path.Combine(environment.ContentRootPath, "nlds"),
            Path.Combine(environment.ContentRootPath, "..", "..", "tools", "nlds", "node_modules", "@utrecht"),
        }.FirstOrDefault(d => d is { Length: > 0 } && Directory.Exists(d));

    public static IServiceCollection AddDesignSystem(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ThemeOptions>().Bind(configuration.GetSection(ThemeOptions.Section))
            .Validate(t => !t.Problems().Any(), "The Theme settings are not valid: see the log.").ValidateOnStart();
        services.AddRazorComponents();
        return services;
    }

    public static IEndpointRouteBuilder MapDesignSystem(this WebApplication app)
    {
        var folder = Folder(app.Configuration, app.Environment);
        if (folder is null)
        {
            app.Logger.LogWarning("The NL Design System's CSS was not found (run scripts/lib.sh's ensure_nlds, or set DesignSystem:Path): pages will look plain");
        }

        MapCss(app, TokensPath, folder, Path.Combine("design-tokens", "dist", "index.css"));
        MapCss(app, ComponentsPath, folder, Path.Combine("component-library-css", "dist", "index.css"));
        app.MapGet(ThemePath, (IOptions<ThemeOptions> theme) => Cached(TypedResults.Text(ThemeCss(theme.Value), "text/css")))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet(LogoPath, (IOptions<ThemeOptions> theme) => theme.Value.LogoFile is { Length: > 0 } file
                ? Cached(TypedResults.PhysicalFile(Path.GetFullPath(file), file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? "image/svg+xml" : "image/png"))
                : (IResult)TypedResults.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static void MapCss(WebApplication app, string path, string? folder, string file) =>
        app.MapGet(path, () => folder is not null && File.Exists(Path.Combine(folder, file))
                ? Cached(TypedResults.PhysicalFile(Path.GetFullPath(Path.Combine(folder, file)), "text/css"))
                : (IResult)TypedResults.NotFound())
            .AllowAnonymous().ExcludeFromDescription();

    private static IResult Cached(IResult result) => new CachedResult(result);

    /// <summary>The theme's colours as the tokens' custom properties (colours were checked at start-up: no CSS can be injected).</summary>
    public static string ThemeCss(ThemeOptions theme) => $$"""
        .waardering-theme {
          --waardering-primary: {{theme.PrimaryColor}};
          --waardering-primary-text: {{theme.PrimaryTextColor}};
          --utrecht-button-primary-action-background-color: {{theme.PrimaryColor}};
          --utrecht-button-primary-action-color: {{theme.PrimaryTextColor}};
          --utrecht-button-primary-action-hover-background-color: {{theme.PrimaryColor}};
          --utrecht-button-secondary-action-border-color: {{theme.PrimaryColor}};
          --utrecht-button-secondary-action-color: {{theme.PrimaryColor}};
          --utrecht-link-color: {{theme.LinkColor}};
          --utrecht-link-visited-color: {{theme.LinkColor}};
          --utrecht-page-header-background-color: {{theme.PrimaryColor}};
          --utrecht-page-header-color: {{theme.PrimaryTextColor}};
          --utrecht-focus-outline-color: {{theme.PrimaryColor}};
        }
        """;

    /// <summary>CSS and the logo change only with a release or the settings: browsers may keep them an hour.</summary>
    private sealed class CachedResult(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = "public, max-age=3600";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
