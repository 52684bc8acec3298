using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Waardering.Testing;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Operations;

/// <summary>The Web host logging everything down to Debug, ASP.NET Core's categories included, into <see cref="Logs"/>.</summary>
public sealed class LoggedWebFixture : WebAppFixture
{
    /// <summary>As an operator who turns every category up to find a fault would set it.</summary>
    public static readonly string[] DebugEverywhere =
        ["Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.AspNetCore.Hosting.Diagnostics", "System", "Hangfire", "Npgsql"];

    public CapturedLogs Logs { get; } = new();

    protected override void Configure(IWebHostBuilder web)
    {
        foreach (var category in DebugEverywhere)
        {
            web.UseSetting($"Logging:LogLevel:{category}", "Debug");
        }

        web.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    public override async Task DisposeAsync()
    {
        Logs.Stop();
        await base.DisposeAsync();
    }
}
