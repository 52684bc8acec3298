using NodaTime;
using Waardering.Data.Audit;
using Waardering.Data.Decisions;
using Waardering.Web.Jobs;

namespace Waardering.Web.Decisions;

/// <summary>
/// What the API's decision endpoint and the back office's decision form share: the checks of an
/// officer's input, the decision itself with its mail sent on, and the words of a refusal.
/// </summary>
public static class Deciding
{
    /// <summary>The longest explanation an officer gives with a decision.</summary>
    public const int MaxReasonLength = 1000;

    public const string OwnRequestTitle = "Een andere medewerker moet over deze aanvraag beslissen (vier ogen).";
    public const string OwnRequestMessage = "U heeft deze aanvraag zelf ingevoerd.";
    public const string NotAllowedMessage =
        "Over deze aanvraag kan nu niet worden beslist: er is al over beslist, of de zorgvrager moet haar nog bevestigen.";
    public const string NoVouchersLeftMessage = "Er zijn geen waardebonnen meer voor deze regeling. Importeer eerst nieuwe codes.";

    /// <summary>
    /// Approve or reject must be chosen; a rejection names a known reason code (<see cref="DecisionEndpoints.ReasonCodes"/>),
    /// and "other" explains itself. The messages are plain Dutch: the back office shows them beside its fields.
    /// </summary>
    public static FieldErrors Check(bool? approve, string? reasonCode, string? reason)
    {
        var errors = new FieldErrors();
        if (approve is null)
        {
            errors.Add("approve", "Kies of de aanvraag wordt toegekend of afgewezen.");
        }
        else if (approve == false && (reasonCode is null || !DecisionEndpoints.ReasonCodes.Contains(reasonCode)))
        {
            errors.Add("reasonCode", "Kies de reden van de afwijzing.");
        }
        else if (reasonCode == "other" && string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason", "Licht de reden toe: bij een andere reden is een toelichting nodig.");
        }

        if (reason is { Length: > MaxReasonLength })
        {
            errors.Add("reason", $"De toelichting is hoogstens {MaxReasonLength} tekens.");
        }

        return errors;
    }

    /// <summary>Decides a checked input and, when that wrote a mail, has it sent now.</summary>
    public static async Task<DecisionOutcome> DecideAsync(DecisionWorkflow decisions, JobTriggers jobs, Guid id, Actor officer,
        bool approve, string? reasonCode, string? reason, Instant now, CancellationToken cancellationToken)
    {
        var outcome = approve
            ? await decisions.ApproveAsync(id, officer, now, cancellationToken)
            : await decisions.RejectAsync(id, officer, reasonCode!, reason?.Trim(), now, cancellationToken);
        if (outcome is DecisionOutcome.Approved or DecisionOutcome.WaitingForBudget or DecisionOutcome.Rejected)
        {
            jobs.MailWritten();
        }

        return outcome;
    }
}
