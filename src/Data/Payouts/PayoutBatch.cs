using NodaTime;

namespace Waardering.Data.Payouts;

public sealed record PayoutBatch(
    Guid Id, string MunicipalityCode, int Year, string Status, int PaymentCount, long TotalCents,
    string CreatedBy, Instant CreatedAt, string? ApprovedBy, Instant? ApprovedAt, Instant? BookedAt);

/// <summary>One payment as it goes into the bank file.</summary>
public sealed record PaymentLine(string EndToEndId, long AmountCents, string CreditorName, string Iban, string Reference, int Year);

public enum BatchOutcome
{
    Done,
    NotFound,

    /// <summary>Four eyes: the officer who built the batch cannot approve it.</summary>
    OwnBatch,

    /// <summary>The batch is not in the state this step needs (approve twice, book before approval).</summary>
    WrongStatus,

    /// <summary>A payment's batch is not booked yet: the bank cannot have returned it.</summary>
    NotBooked,
}
