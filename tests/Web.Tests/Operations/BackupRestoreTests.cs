using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Waardering.Data.Privacy;
using Waardering.Data.Requests;
using Waardering.Domain;
using Waardering.Testing;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Operations;

/// <summary>
/// The backup README describes (Operations, Backup and restore): <c>pg_dump -Fc</c> of a database with a request, restored
/// with <c>pg_restore</c> into a new database, read by a Web host with the same keys: an officer
/// finds the request by the BSN (hash key) and the data layer unseals the BSN (encryption key).
/// </summary>
public sealed class BackupRestoreTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IAsyncLifetime
{
    private readonly string _restored = $"waardering_test_{Guid.NewGuid():N}";
    private readonly string _dump = Path.Combine(Path.GetTempPath(), $"waardering-{Guid.NewGuid():N}.dump");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        File.Delete(_dump);
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnectionString);
        await admin.ExecuteAsync($"drop database if exists {_restored} with (force)");
    }

    [Fact]
    public async Task Dump_RestoredIntoANewDatabase_GivesTheRequestBack_BsnIncluded()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        var bsn = (string)body["recipient"]!["bsn"]!;
        var id = await app.SubmitAsync(body);

        var database = new NpgsqlConnectionStringBuilder(app.Database.ConnectionString).Database!;
        await PgAsync("pg_dump", "-Fc", "--no-owner", "-f", _dump, "-d", database);
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnectionString))
        {
            await admin.ExecuteAsync($"create database {_restored}");
        }

        await PgAsync("pg_restore", "--no-owner", "--exit-on-error", "-d", _restored, _dump);
        await using var restored = RestoredWeb();
        using var officer = restored.CreateClient();
        officer.DefaultRequestHeaders.Authorization = new("Bearer", WebAppFixture.Token("officer", municipalities: [municipality]));

        var found = await officer.PostAsJsonAsync("/api/personal-data/export", new { bsn });
        var request = await officer.GetAsync($"/api/requests/{id}");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains((string)body["recipient"]!["name"]!, await found.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, request.StatusCode);
        Assert.True(Bsn.TryParse(bsn, out var parsed));
        Assert.Contains(parsed.Masked, await request.Content.ReadAsStringAsync());
        var record = await restored.Services.GetRequiredService<RequestReader>().FindAsync(Guid.Parse(id), CancellationToken.None);
        var protector = restored.Services.GetRequiredService<PersonalDataProtector>();
        Assert.Equal(bsn, protector.Unseal(record!.RecipientBsnEncrypted!, BsnPurpose.Seal));
    }

    /// <summary>A Web host on the restored database with the keys the dumped one had.</summary>
    private WebApplicationFactory<Program> RestoredWeb() => new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
    {
        web.UseEnvironment("Testing");
        web.UseSetting("ConnectionStrings:Waardering",
            new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdminConnectionString) { Database = _restored }.ConnectionString);
        web.UseSetting("Privacy:EncryptionKey", TestEnvironment.EncryptionKey);
        web.UseSetting("Privacy:HashKey", TestEnvironment.HashKey);
        web.UseSetting("Auth:SigningKey", WebAppFixture.SigningKey);
        web.UseSetting("Links:PublicBaseUrl", TestEnvironment.PublicBaseUrl);
        web.ConfigureServices(NoHangfireLogs.Register);
    });

    /// <summary>Runs one of PostgreSQL's programs (scripts/lib.sh exports PG_BIN) against the tests' cluster.</summary>
    private static async Task PgAsync(string program, params string[] args)
    {
        var server = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdminConnectionString);
        var bin = Environment.GetEnvironmentVariable("PG_BIN") ?? throw new InvalidOperationException("PG_BIN is not set: run the tests with scripts/test.sh");
        var info = new ProcessStartInfo(Path.Combine(bin, program)) { RedirectStandardError = true };
        foreach (var arg in (string[])["-h", server.Host!, "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", server.Username!, .. args])
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {errors}");
    }
}
