using System.Net;
using System.Text.Json;
using Scriban.Runtime;

namespace Waardering.Data.Mail.Rendering;

/// <summary>
/// Turns the outbox's JSON model into Scriban values: objects, arrays, strings, numbers and
/// booleans only, so a template can never reach a .NET object. For HTML every string is encoded
/// before the template sees it: a name like &lt;script&gt; can never become markup, whatever a
/// template author writes.
/// </summary>
public static class TemplateModel
{
    public static ScriptObject From(string json, bool htmlEncode)
    {
        using var document = JsonDocument.Parse(json);
        return Convert(document.RootElement, htmlEncode) as ScriptObject
            ?? throw new MailTemplateException("The mail's model is not a JSON object.");
    }

    private static object? Convert(JsonElement element, bool htmlEncode) => element.ValueKind switch
    {
        JsonValueKind.Object => ToObject(element, htmlEncode),
        JsonValueKind.Array => ToArray(element, htmlEncode),
        JsonValueKind.String => htmlEncode ? WebUtility.HtmlEncode(element.GetString()) : element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static ScriptObject ToObject(JsonElement element, bool htmlEncode)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            result.SetValue(property.Name, Convert(property.Value, htmlEncode), readOnly: true);
        }

        return result;
    }

    private static ScriptArray ToArray(JsonElement element, bool htmlEncode)
    {
        var result = new ScriptArray();
        foreach (var item in element.EnumerateArray())
        {
            result.Add(Convert(item, htmlEncode));
        }

        return result;
    }
}
