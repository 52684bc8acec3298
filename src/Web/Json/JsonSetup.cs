using System.Text.Json;
using System.Text.Json.Serialization;

namespace Waardering.Web.Json;

public static class JsonSetup
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(NodaTimeJsonConverters.LocalDate);
        options.Converters.Add(NodaTimeJsonConverters.Instant);
        // The domain's words (statuses, modes) are enums; the API spells them as their camelCase codes (Codes.Code()).
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        // Deep nesting is never a valid request; refusing it early bounds the work per request.
        options.MaxDepth = 16;
    }
}
