using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Waardering.Data.Letters;

public static class LetterServices
{
    public static IServiceCollection AddLetters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LetterOptions>().Bind(configuration.GetSection(LetterOptions.Section));
        services.AddSingleton<LetterStore>();
        services.AddSingleton<LetterComposer>();
        services.AddSingleton<ILetterPrintFolder, LetterPrintFolder>();
        return services;
    }
}
