using Dapper;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Links;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>
/// What follows an answered check-in. A referral (warme overdracht) needs the caregiver's own
/// consent: only an answer that asks for contact is handed to the support organisation. Heavy
/// overload without that wish gets a mail with the support on offer, never a referral behind
/// the caregiver's back (DOMAIN.md "Check-in: what to ask").
/// </summary>
public sealed class CheckInFollowUp(ReferralStore referrals, OutboxWriter outbox, IOptions<LinkOptions> links)
{
    public const string ContactWishReason = "contactWish";
    public const string HeavyOverloadReason = "heavyOverload";

    private sealed record Addressee(Guid RegisterId, string Name, string Email, string Language, string MunicipalityCode,
        string MunicipalityName, int Year, Guid? RequestId);

    public async Task<CheckInOutcome> FollowAsync(
        NpgsqlTransaction transaction, Guid checkInId, ContactWish wish, bool heavyOverload, Instant now, CancellationToken cancellationToken)
    {
        if (wish != ContactWish.None)
        {
            // The support organisation hears of heavy overload only from a caregiver who asked to be contacted.
            string[] reasons = heavyOverload ? [ContactWishReason, HeavyOverloadReason] : [ContactWishReason];
            await referrals.CreateAsync(transaction, checkInId, reasons, now, cancellationToken);
            return CheckInOutcome.Referred;
        }

        return heavyOverload && await OfferSupportAsync(transaction, checkInId, now, cancellationToken)
            ? CheckInOutcome.SupportOffered
            : CheckInOutcome.Stored;
    }

    /// <summary>Mails the support on offer to the caregiver, with the link to withdraw; false when there is no address to mail.</summary>
    private async Task<bool> OfferSupportAsync(NpgsqlTransaction transaction, Guid checkInId, Instant now, CancellationToken cancellationToken)
    {
        var to = await transaction.Connection!.QuerySingleOrDefaultAsync<Addressee>(new CommandDefinition("""
            select g.id as register_id, g.name, g.email, g.language, s.municipality_code, m.name as municipality_name, s.year, i.request_id
            from check_ins i join caregiver_register g on g.id = i.register_id
            join schemes s on s.id = i.scheme_id join municipalities m on m.code = s.municipality_code
            where i.id = @checkInId and g.consent = @given and g.email is not null
            """, new { checkInId, given = ConsentAnswer.Given.Code() }, transaction, cancellationToken: cancellationToken));
        if (to is null)
        {
            return false;
        }

        var withdrawToken = await ConsentLinks.NewAsync(transaction, to.RegisterId, now, cancellationToken);
        await outbox.AddAsync(transaction, new OutboxMail(SupportOfferMail.Template, to.Language, to.MunicipalityCode, to.Email, to.Name,
            new SupportOfferMail(to.Name, to.MunicipalityName, to.Year, ConsentLinks.Url(links.Value.PublicBaseUrl, withdrawToken, to.Language)),
            to.RequestId, to.RegisterId), cancellationToken);
        return true;
    }
}
