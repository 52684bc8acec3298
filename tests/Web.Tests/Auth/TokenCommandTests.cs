using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Waardering.Web.Tests.Auth;

/// <summary>The development <c>token</c> command, run as an operator runs it: the municipalities go into the token.</summary>
public sealed class TokenCommandTests
{
    [Fact]
    public async Task Token_CarriesEachMunicipalityGiven_AsOneClaimValue()
    {
        var (exit, output) = await RunAsync("--role", "officer", "--name", "anna", "--municipality", "GM0402", "--municipality", "GM0406");

        Assert.Equal(0, exit);
        var token = new JsonWebToken(output.Trim());
        Assert.Equal(["GM0402", "GM0406"], token.Claims.Where(c => c.Type == "municipality").Select(c => c.Value).Order());
    }

    [Fact]
    public async Task Token_WithAMalformedMunicipality_IsRefused()
    {
        var (exit, output) = await RunAsync("--role", "officer", "--name", "anna", "--municipality", "402");

        Assert.Equal(2, exit);
        Assert.Empty(output.Trim());
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] options)
    {
        var web = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(web)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { web, "token" }.Concat(options))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Auth__SigningKey"] = Infrastructure.WebAppFixture.SigningKey;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output);
    }
}
