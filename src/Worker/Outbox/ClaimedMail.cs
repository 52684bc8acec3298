namespace Waardering.Worker.Outbox;

/// <summary>An outbox mail this Worker has claimed for a few minutes to send it.</summary>
public sealed record ClaimedMail(
    Guid Id, string Template, string Language, string? MunicipalityCode, string ToAddress, string? ToName,
    string Model, string MessageId, int Attempts);
