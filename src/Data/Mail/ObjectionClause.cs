using Waardering.Data.Schemes;

namespace Waardering.Data.Mail;

/// <summary>
/// The objection clause (bezwaarclausule) a decision ends with (Awb 3:45): to whom an objection
/// goes, at which address. The template says the rest: within six weeks after the day the
/// decision was sent (Awb 6:7, 6:8), in writing, and what the letter holds (Awb 6:5).
/// </summary>
public sealed record ObjectionClause(string College, IReadOnlyList<string> Address)
{
    /// <summary>The college of the municipality; without an address set, the template refers to the municipality's website.</summary>
    public static ObjectionClause For(string language, string municipalityName, ObjectionAddressRecord? address) =>
        new(MailFormat.IsEnglish(language)
                ? $"the Municipal Executive (college van burgemeester en wethouders) of {municipalityName}"
                : $"het college van burgemeester en wethouders van de gemeente {municipalityName}",
            address?.Lines() ?? []);
}
