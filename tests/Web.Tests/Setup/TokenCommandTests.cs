using System.Diagnostics;
using Microsoft.IdentityModel.JsonWebTokens;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Setup;

/// <summary>
/// The token command signs staff tokens only in Development. Like the service it runs in
/// Production when no environment is set, so a server's shell never signs with the server's key.
/// The municipalities given go into the token, one claim value each.
/// </summary>
public sealed class TokenCommandTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData(null)]
    public async Task Token_OutsideDevelopment_IsRefused(string? environment)
    {
        var (exitCode, output, error) = await RunAsync(environment);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output.Trim());
        Assert.Contains("only works in Development", error);
    }

    [Fact]
    public async Task Token_InDevelopment_PrintsAToken()
    {
        var (exitCode, output, _) = await RunAsync("Development");

        Assert.Equal(0, exitCode);
        Assert.Equal(3, output.Trim().Split('.').Length); // a JWT: header, payload, signature
    }

    [Fact]
    public async Task Token_CarriesEachMunicipalityGiven_AsOneClaimValue()
    {
        var (exitCode, output, _) = await RunAsync("Development", "--municipality", "GM0402", "--municipality", "GM0406");

        Assert.Equal(0, exitCode);
        var token = new JsonWebToken(output.Trim());
        Assert.Equal(["GM0402", "GM0406"], token.Claims.Where(c => c.Type == "municipality").Select(c => c.Value).Order());
    }

    [Fact]
    public async Task Token_WithAMalformedMunicipality_IsRefused()
    {
        var (exitCode, output, _) = await RunAsync("Development", "--municipality", "402");

        Assert.Equal(2, exitCode);
        Assert.Empty(output.Trim());
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string? environment, params string[] options)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "Waardering.Web.dll"), "token", "--role", "admin", "--name", "tester",
                $"--Auth:SigningKey={WebAppFixture.SigningKey}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var option in options)
        {
            info.ArgumentList.Add(option);
        }

        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        if (environment is not null)
        {
            info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output, await error);
    }
}
