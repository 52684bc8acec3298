using System.Text.Json;

namespace Waardering.Data.Mail;

/// <summary>A mail model as the outbox stores it: every property, null ones too, under its camelCase name.</summary>
public static class MailJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    // Serialized by its own type, not the interface's: the interface has no properties.
    public static string Serialize(IMailModel model) => JsonSerializer.Serialize(model, model.GetType(), Options);
}
