using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Links;
using Waardering.Data.Privacy;
using Waardering.Domain.Contact;

namespace Waardering.Data.Contact;

/// <summary>The link a caregiver's mail carries: the consent question (<see cref="Question"/>) or the way to withdraw.</summary>
public sealed record ConsentLink(string Url, bool Question);

/// <summary>
/// A caregiver's register entry, the consent link their mail carries, if any, and the mail that
/// asks the address on file to confirm a change the application asked for (<c>RegisterChanges</c>).
/// </summary>
public sealed record CaregiverConsent(Guid RegisterId, ConsentLink? Link, Outbox.OutboxMail? ChangeToConfirm = null);

public enum ConsentOutcome
{
    Given,
    Refused,
    Withdrawn,

    /// <summary>The link is not one we sent.</summary>
    NotFound,

    /// <summary>The link is older than <see cref="ContactOptions.ConsentLinkDays"/>.</summary>
    Expired,

    /// <summary>Consent cannot be given any more: the request that named the caregiver has been removed.</summary>
    Unavailable,
}

/// <summary>
/// A caregiver's consent to direct contact by the municipality. A caregiver who applies answers
/// in the request; one named in a recipient's request is asked once, in the confirmation mail
/// they get. Personal data of a caregiver enter the register only with consent and leave it when
/// consent is withdrawn. Its parts: recording with a request (<c>ConsentForRequest</c>), a
/// caregiver's own answer (<c>OwnConsentAnswer</c>), answering by link (<c>ConsentByLink</c>),
/// recording by an officer (<c>ConsentByStaff</c>) and stopping contact (<c>ConsentWithdrawal</c>).
/// </summary>
public sealed partial class ConsentStore(
    NpgsqlDataSource dataSource, PersonalDataProtector protector, IOptions<LinkOptions> links, IClock clock, IOptions<ContactOptions> contact)
{
    /// <summary>A register entry: whether this statement made it, and its answer now.</summary>
    internal sealed record Entry(Guid Id, bool Inserted, ConsentAnswer Consent);

    private static ConsentOutcome OutcomeOf(ConsentAnswer answer) => answer switch
    {
        ConsentAnswer.Given => ConsentOutcome.Given,
        ConsentAnswer.Withdrawn => ConsentOutcome.Withdrawn,
        _ => ConsentOutcome.Refused,
    };
}
