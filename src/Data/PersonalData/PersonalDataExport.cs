using NodaTime;

namespace Waardering.Data.PersonalData;

/// <summary>
/// Everything the service holds about one person, for a request under article 15 of the GDPR.
/// The BSN and IBANs are masked here too: the export travels, and the person knows them.
/// </summary>
public sealed record PersonalDataExport(
    IReadOnlyList<ExportedRequest> AsRecipient,
    IReadOnlyList<ExportedCaregiver> AsCaregiver,
    IReadOnlyList<ExportedRegisterEntry> Register,
    IReadOnlyList<ExportedCheckIn> CheckIns,
    IReadOnlyList<ExportedPayment> Payments,
    IReadOnlyList<ExportedMail> Mails);

public sealed record ExportedRequest(
    string Reference, string Municipality, int Year, string Status, Instant SubmittedAt, string? Name, LocalDate? BirthDate,
    string? Postcode, string? HouseNumber, string? Email, string? BsnMasked, Instant? PersonalDataRemovedAt);

public sealed record ExportedCaregiver(
    string Reference, string Municipality, int Year, string Status, int Position, string? Name, LocalDate? BirthDate,
    string? Email, string? IbanMasked, long AmountCents, bool ConsentToContact);

// These two have array columns, which Npgsql reports as Array: Dapper fills them by property.
public sealed record ExportedRegisterEntry
{
    public required string Municipality { get; init; }
    public required string Consent { get; init; }
    public required string ConsentSource { get; init; }
    public Instant? AskedAt { get; init; }
    public Instant? ConsentAt { get; init; }
    public string? Name { get; init; }
    public LocalDate? BirthDate { get; init; }
    public string? Email { get; init; }
}

public sealed record ExportedCheckIn
{
    public required string Municipality { get; init; }
    public required int Year { get; init; }
    public required Instant SentAt { get; init; }
    public Instant? AnsweredAt { get; init; }
    public int? Wellbeing { get; init; }
    public required string[] Signals { get; init; }
    public string? ContactWish { get; init; }
    public string? ContactWhen { get; init; }
    public string? Phone { get; init; }
    public bool? KeepInformed { get; init; }
    public string? Remarks { get; init; }

    /// <summary>The groups and background the caregiver reported that year (kept while consent is given).</summary>
    public required string[] TargetGroups { get; init; }
    public string? Background { get; init; }
}

public sealed record ExportedPayment(string Reference, int Position, long AmountCents, string Status, string? IbanMasked, string EndToEndId);

public sealed record ExportedMail(string Template, string Status, Instant CreatedAt, Instant? SentAt);

/// <summary>What an erasure did, and what it had to keep and why.</summary>
public sealed record ErasureResult(
    IReadOnlyList<string> ErasedRequests, int ErasedCaregiverEntries, int RegisterEntriesRemoved, int MailsRemoved,
    IReadOnlyList<KeptRequest> Kept);

public sealed record KeptRequest(string Reference, string Reason);
