using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Data.Privacy;
using Waardering.Domain.Contact;

namespace Waardering.Data.Contact;

/// <summary>
/// Every mail to a caregiver carries a link of its own with which they answer or withdraw their
/// consent. A link works for <see cref="ContactOptions.ConsentLinkDays"/>: each new mail brings a
/// fresh one, and withdrawing always works through the latest mail or an officer.
/// </summary>
public static class ConsentLinks
{
    public static async Task<string> NewAsync(
        NpgsqlTransaction transaction, Guid registerId, Instant now, CancellationToken cancellationToken)
    {
        var batch = new StatementBatch(transaction);
        var token = Add(batch, registerId, now);
        await batch.ExecuteAsync(cancellationToken);
        return token;
    }

    /// <summary>A new link, stored with the other writes of its change; returns its token.</summary>
    public static string Add(StatementBatch batch, Guid registerId, Instant now) => AddAll(batch, [registerId], now)[0];

    /// <summary>A new link for each register entry in one statement, whatever their number; returns their tokens in order.</summary>
    public static IReadOnlyList<string> AddAll(StatementBatch batch, IReadOnlyList<Guid> registerIds, Instant now)
    {
        var tokens = registerIds.Select(_ => SecretTokens.New()).ToArray();
        if (tokens.Length > 0)
        {
            batch.Add("""
                insert into consent_links (token_hash, register_id, created_at)
                select token_hash, register_id, @now from unnest(@hashes, @registerIds) as l(token_hash, register_id)
                """,
                ("hashes", tokens.Select(SecretTokens.Hash).ToArray()), ("registerIds", registerIds.ToArray()), ("now", now));
        }

        return tokens;
    }

    public static string Url(string publicBaseUrl, string token, string language) =>
        Links.CitizenLinks.InLanguage($"{publicBaseUrl.TrimEnd('/')}/contact-consent?token={token}", language);

    /// <summary>
    /// For a mail to a caregiver about their request: whether they may get it (not when they
    /// refused or withdrew contact, unless they applied themselves) and, when they consented,
    /// the link to withdraw and their register entry, so that withdrawing cancels it while it waits.
    /// </summary>
    public static async Task<CaregiverMailing> ForCaregiverAsync(
        NpgsqlTransaction transaction, Guid requestId, int position, bool applicant, string publicBaseUrl, string language, Instant now,
        CancellationToken cancellationToken)
    {
        var entry = await transaction.Connection!.QuerySingleOrDefaultAsync<(Guid Id, ConsentAnswer Consent)?>(new CommandDefinition("""
            select g.id, g.consent from request_caregivers c join caregiver_register g on g.id = c.register_id
            where c.request_id = @requestId and c.position = @position
            """, new { requestId, position }, transaction, cancellationToken: cancellationToken));
        return entry switch
        {
            { Consent: ConsentAnswer.Given } e => new CaregiverMailing(true, e.Id, Url(publicBaseUrl, await NewAsync(transaction, e.Id, now, cancellationToken), language)),
            { Consent: ConsentAnswer.Refused or ConsentAnswer.Withdrawn } => new CaregiverMailing(applicant, null, null),
            _ => new CaregiverMailing(true, null, null),
        };
    }
}

/// <summary>Whether a mail may go to a caregiver, and the consent link and register entry it carries.</summary>
public sealed record CaregiverMailing(bool MayMail, Guid? RegisterId, string? WithdrawUrl);
