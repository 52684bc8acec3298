using Waardering.Data.Mail;

namespace Waardering.Data.Outbox;

/// <summary>
/// A mail to send: the template's name (e.g. <c>request-received</c>), the language
/// (<c>nl</c> or <c>en</c>) and the template's model, built by its builder. A mail that may
/// only go out with a caregiver's consent names their register entry: withdrawing consent
/// cancels it while it waits.
/// </summary>
public sealed record OutboxMail(
    string Template,
    string Language,
    string? MunicipalityCode,
    string ToAddress,
    string? ToName,
    IMailModel Model,
    Guid? RequestId,
    Guid? RegisterId = null);
