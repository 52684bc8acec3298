namespace Waardering.Data.Mail;

/// <summary>
/// The values a mail template reads, as a record of plain texts, numbers and yes/no values built
/// by the model's own builder. The outbox stores it as JSON with camelCase keys (<see cref="MailJson"/>):
/// those keys are the template's variables, and a template naming any other fails to render.
/// </summary>
public interface IMailModel;
