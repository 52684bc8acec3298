using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Waardering.Web.Json;

/// <summary>
/// Dates as <c>yyyy-MM-dd</c> and instants as ISO-8601 UTC. A bad value throws a JsonException,
/// which carries the JSON path, so the answer can name the field.
/// </summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && LocalDatePattern.Iso.Parse(reader.GetString()!) is { Success: true } result)
        {
            return result.Value;
        }

        throw new JsonException("Een datum schrijft u als jjjj-mm-dd, bijvoorbeeld 1950-03-31.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && InstantPattern.ExtendedIso.Parse(reader.GetString()!) is { Success: true } result)
        {
            return result.Value;
        }

        throw new JsonException("A moment is written as ISO-8601 UTC, e.g. 2026-10-01T08:00:00Z.");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}
