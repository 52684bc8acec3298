using Waardering.Data.Mail;

namespace Waardering.Data.Letters;

/// <summary>
/// A letter to print: the template's name (the mail's, e.g. <c>decision</c>), the language, the
/// addressee and the address block, and the same typed model the mail of that name has. A letter
/// sent on the strength of a caregiver's consent names their register entry.
/// </summary>
public sealed record OutboxLetter(
    string Template,
    string Language,
    string MunicipalityCode,
    string ToName,
    PostalAddress Address,
    IMailModel Model,
    Guid? RequestId,
    Guid? RegisterId = null);
