namespace Waardering.DevIdentity;

/// <summary>
/// <c>dotnet run --project src/DevIdentity</c> (Development only): the identity provider that
/// <c>./scripts/run.sh</c> starts beside the service, printing its address and users.
/// </summary>
public static class DevIdentityProgram
{
    public static async Task<int> Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = DevIdentityHost.Build(args);
        }
        catch (InvalidOperationException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 2;
        }

        var address = await DevIdentityHost.StartAsync(app);
        Console.WriteLine($"Development identity provider at {address}; users (username, password, name, roles, municipalities):");
        Console.WriteLine(app.Services.GetRequiredService<DevUsers>().Describe());
        Console.WriteLine("Test citizens for the DigiD sign-in (username, password, BSN, name):");
        Console.WriteLine(app.Services.GetRequiredService<DevUsers>().DescribeCitizens());
        await app.WaitForShutdownAsync();
        return 0;
    }
}
