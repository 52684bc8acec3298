namespace Waardering.Data.Outbox;

/// <summary>
/// A mail to send: the template's name (e.g. <c>request-received</c>), the language
/// (<c>nl</c> or <c>en</c>) and the plain data the template is rendered with.
/// </summary>
public sealed record OutboxMail(
    string Template,
    string Language,
    string? MunicipalityCode,
    string ToAddress,
    string? ToName,
    IReadOnlyDictionary<string, object?> Model,
    Guid? RequestId);
