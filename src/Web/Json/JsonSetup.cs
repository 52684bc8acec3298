using System.Text.Json;

namespace Waardering.Web.Json;

public static class JsonSetup
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(NodaTimeJsonConverters.LocalDate);
        options.Converters.Add(NodaTimeJsonConverters.Instant);
        // Deep nesting is never a valid request; refusing it early bounds the work per request.
        options.MaxDepth = 16;
    }
}
