using System.Globalization;
using System.Text.Json.Nodes;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>A body's values by the path a problem-details answer names them with, such as <c>caregivers[0].iban</c>.</summary>
public static class JsonPaths
{
    /// <summary>Sets a value (JSON null for null) at the path.</summary>
    public static void Set(JsonObject body, string path, JsonNode? value)
    {
        JsonNode node = body;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = Step(node, parts[i]);
        }

        var last = parts[^1];
        if (last.EndsWith(']'))
        {
            var (name, index) = Indexed(last);
            node[name]!.AsArray()[index] = value;
        }
        else
        {
            node[last] = value;
        }
    }

    /// <summary>The value at the path.</summary>
    public static JsonNode? Get(JsonObject body, string path) => path.Split('.').Aggregate((JsonNode?)body, (node, part) => Step(node!, part));

    private static JsonNode Step(JsonNode node, string part)
    {
        if (!part.EndsWith(']'))
        {
            return node[part]!;
        }

        var (name, index) = Indexed(part);
        return node[name]![index]!;
    }

    private static (string Name, int Index) Indexed(string part) =>
        (part[..part.IndexOf('[')], int.Parse(part[(part.IndexOf('[') + 1)..^1], CultureInfo.InvariantCulture));
}
