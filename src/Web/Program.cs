using Waardering.Web.Cli;
using Waardering.Web.Setup;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddWaarderingWeb();

var app = builder.Build();
await app.ApplyMigrationsAsync();
app.UseWaarderingWeb();
app.MapWaarderingEndpoints();
await app.RunAsync();
return 0;

public partial class Program;
