using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Waardering.Data.Startup;

/// <summary>
/// How Web and Worker log: outside Development one JSON object per line on standard output (for a
/// log collector), in Development the readable console. <c>Logging:Format</c> (<c>json</c> or
/// <c>simple</c>) overrides the choice. Neither format writes scopes: ASP.NET Core's request scope
/// carries the request's path and query, where citizens' links carry their tokens.
/// </summary>
public static class LoggingSetup
{
    public const string FormatSetting = "Logging:Format";

    /// <summary>
    /// Categories that write the request's path and query string below Warning (request started
    /// and finished, the route matcher, static files, Kestrel's bad requests, HTTP logging): a
    /// token link (<c>?token=…</c>), the DigiD sign-in's <c>?code=…</c> and the dashboard's
    /// <c>?access_token=…</c> would land in the log. Held at Warning whatever the configuration
    /// says; the request's route and duration come from the metrics instead.
    /// </summary>
    public static readonly IReadOnlyList<string> PathLoggingCategories =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.StaticFiles",
        "Microsoft.AspNetCore.HttpLogging",
        "Microsoft.AspNetCore.Server.Kestrel.BadRequests",
    ];

    public static ILoggingBuilder AddWaarderingLogging(this ILoggingBuilder logging, IConfiguration configuration, IHostEnvironment environment)
    {
        if (IsJson(configuration, environment))
        {
            logging.ClearProviders().AddJsonConsole(o =>
            {
                o.IncludeScopes = false;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                o.JsonWriterOptions = new JsonWriterOptions { Indented = false };
            });
        }
        else
        {
            logging.AddSimpleConsole(o => o.IncludeScopes = false);
        }

        // Added after the configuration's rules: of two rules for one category the later wins.
        foreach (var category in PathLoggingCategories)
        {
            logging.AddFilter(category, LogLevel.Warning);
        }

        return logging;
    }

    public static bool IsJson(IConfiguration configuration, IHostEnvironment environment) =>
        configuration[FormatSetting] is { Length: > 0 } format
            ? format.Equals("json", StringComparison.OrdinalIgnoreCase)
            : !environment.IsDevelopment();
}
