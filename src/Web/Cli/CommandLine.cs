using Waardering.Data.Database;
using Waardering.Data.Migrations;
using Waardering.Data.Time;

namespace Waardering.Web.Cli;

/// <summary>
/// Commands for operators, run as <c>dotnet run --project src/Web -- COMMAND</c>:
/// <c>migrate</c> applies db/migrations; <c>seed-example</c> creates an example scheme for
/// Hilversum (GM0402) this year; <c>token --role ROLE --name NAME [--municipality CODE ...]</c>
/// prints a staff token for the municipalities named (Development only: production tokens come
/// from the identity provider).
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["migrate", "seed-example", "token"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = ParseOptions(args.Skip(1).ToArray(), out var municipalities, out var hostArgs);
        // These are tools for a developer's or operator's shell: without an environment set they
        // run in Development. The token command is the exception: like the service itself it is in
        // Production unless ASPNETCORE_ENVIRONMENT (or DOTNET_ENVIRONMENT) says Development, so a
        // server's shell without the setting never signs a token with the server's own key.
        var configured = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        var environment = configured ?? (args[0] == "token" ? Environments.Production : Environments.Development);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = hostArgs, EnvironmentName = environment });
        // Standard output carries only the command's result (e.g. the token), so scripts can capture it.
        builder.Logging.ClearProviders();
        builder.Services.AddWaarderingData(builder.Configuration);
        builder.Services.AddWaarderingClock(builder.Configuration, builder.Environment);
        await using var services = builder.Services.BuildServiceProvider();
        switch (args[0])
        {
            case "migrate":
                var applied = await services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
                Console.WriteLine(applied.Count == 0 ? "The database is up to date." : $"Applied: {string.Join(", ", applied)}");
                return 0;
            case "seed-example":
                await services.GetRequiredService<MigrationRunner>().ApplyAsync(CancellationToken.None);
                Console.WriteLine(await ExampleScheme.SeedAsync(services));
                return 0;
            default:
                return IssueToken(builder, options, municipalities);
        }
    }

    private static int IssueToken(WebApplicationBuilder builder, IReadOnlyDictionary<string, string> options, IReadOnlyList<string> municipalities)
    {
        if (!builder.Environment.IsDevelopment())
        {
            Console.Error.WriteLine("The token command only works in Development; elsewhere tokens come from the identity provider.");
            return 2;
        }

        var errors = new FieldErrors();
        foreach (var code in municipalities)
        {
            Schemes.SchemeKey.CheckMunicipality(code, errors);
        }

        if (!options.TryGetValue("role", out var role) || !Roles.All.Contains(role) || !options.TryGetValue("name", out var name) || errors.Any)
        {
            Console.Error.WriteLine($"Usage: token --role {string.Join('|', Roles.All)} --name NAME [--municipality GM0402 ...]");
            return 2;
        }

        if (municipalities.Count == 0)
        {
            Console.Error.WriteLine("Without --municipality the token reaches no municipality's data.");
        }

        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        // The machine's time, not the domain clock: the bearer handler checks a token's lifetime
        // against the machine's clock, also when Development pins Clock:Now to another day.
#pragma warning disable RS0030
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
#pragma warning restore RS0030
        Console.WriteLine(DevelopmentTokens.Issue(auth, name, [role], municipalities.Distinct(), now, TimeSpan.FromHours(8)));
        return 0;
    }

    /// <summary>Takes <c>--role</c>, <c>--name</c> and each <c>--municipality</c>; everything else goes to the host's configuration.</summary>
    private static Dictionary<string, string> ParseOptions(string[] args, out List<string> municipalities, out string[] hostArgs)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        municipalities = [];
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--municipality" && i + 1 < args.Length)
            {
                municipalities.Add(args[++i]);
            }
            else if (args[i] is "--role" or "--name" && i + 1 < args.Length)
            {
                options[args[i][2..]] = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        hostArgs = rest.ToArray();
        return options;
    }
}
