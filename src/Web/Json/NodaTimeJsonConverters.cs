using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Waardering.Web.Json;

/// <summary>
/// A NodaTime value as an ISO string. A bad value throws a JsonException, which carries the JSON
/// path, so the answer can name the field.
/// </summary>
public sealed class PatternJsonConverter<T>(IPattern<T> pattern) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && pattern.Parse(reader.GetString()!) is { Success: true } result)
        {
            return result.Value;
        }

        throw new JsonException($"Expected a {typeof(T).Name} such as {pattern.Format(default!)}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(pattern.Format(value));
}

public static class NodaTimeJsonConverters
{
    /// <summary>Dates as <c>yyyy-MM-dd</c>.</summary>
    public static readonly JsonConverter<LocalDate> LocalDate = new PatternJsonConverter<LocalDate>(LocalDatePattern.Iso);

    /// <summary>Instants as ISO-8601 UTC, e.g. 2026-10-01T08:00:00Z.</summary>
    public static readonly JsonConverter<Instant> Instant = new PatternJsonConverter<Instant>(InstantPattern.ExtendedIso);
}
