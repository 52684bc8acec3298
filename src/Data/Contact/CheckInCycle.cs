using Dapper;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.CoSigning;
using Waardering.Data.Links;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;
using Waardering.Data.Payouts;
using Waardering.Data.Privacy;
using Waardering.Domain;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>The check-ins the Worker sends and reminds; run as a recurring job.</summary>
public interface ICheckInCycle
{
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Some weeks after payout (<see cref="ContactOptions.WeeksAfterPayout"/>), every caregiver who
/// consented and has an e-mail address gets one check-in per scheme year, with a personal link;
/// one without e-mail who gave a postal address gets it as a letter, with a short code instead.
/// One reminder, with a link of its own, after <see cref="ContactOptions.ReminderDays"/>; both
/// links stop working <see cref="ContactOptions.ExpiryDays"/> after the reminder.
/// </summary>
public sealed class CheckInCycle(
    NpgsqlDataSource dataSource, OutboxWriter outbox, IOptions<ContactOptions> options, IOptions<LinkOptions> links, IClock clock)
    : ICheckInCycle
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await SendDueAsync(cancellationToken);
        await RemindAsync(cancellationToken);
    }

    private sealed record Due(Guid RegisterId, long SchemeId, Guid RequestId, int Position);

    private sealed record Addressee(
        string Name, string? Email, string Language, string MunicipalityCode, string MunicipalityName, int Year);

    // A caregiver without e-mail who gave a postal address gets the check-in as a letter (CheckInLetters).
    private const string PostalAddress = """
        exists (select from request_addresses a where a.request_id = c.request_id and a.position = c.position
            and a.postcode is not null and a.house_number is not null)
        """;

    private sealed record Reminder(
        string Name, string Email, string Language, string MunicipalityCode, string MunicipalityName, int Year,
        Instant ExpiresAt, Guid? RequestId)
    {
        public Addressee To => new(Name, Email, Language, MunicipalityCode, MunicipalityName, Year);
    }

    private async Task SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var o = options.Value;
        var dueBefore = now - Duration.FromDays(7 * o.WeeksAfterPayout);
        var tooOld = dueBefore - Duration.FromDays(7 * o.CatchUpWeeks);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Paid means booked with the bank, or a voucher handed out. One row per caregiver and
        // scheme: a caregiver in two requests of one year gets one check-in.
        var due = await connection.QueryAsync<Due>(new CommandDefinition($"""
            select distinct on (c.register_id, r.scheme_id) c.register_id, r.scheme_id, c.request_id, c.position
            from request_caregivers c
            join caregiver_register g on g.id = c.register_id and g.consent = @given and (g.email is not null or {PostalAddress})
            join requests r on r.id = c.request_id
            join lateral (
                select b.booked_at as paid_at from payments p join payout_batches b on b.id = p.batch_id
                where p.request_id = c.request_id and p.caregiver_position = c.position and p.status = {PaymentConditions.Paid}
                union all
                select v.assigned_at from vouchers v where v.request_id = c.request_id and v.caregiver_position = c.position
            ) paid on paid.paid_at <= @dueBefore and paid.paid_at > @tooOld
            where not exists (select 1 from check_ins i where i.register_id = c.register_id and i.scheme_id = r.scheme_id)
            order by c.register_id, r.scheme_id, c.request_id
            """, new { dueBefore, tooOld, given = ConsentAnswer.Given.Code() }, cancellationToken: cancellationToken));
        foreach (var d in due)
        {
            await SendOneAsync(connection, d, now, cancellationToken);
        }
    }

    /// <summary>One check-in in its own transaction, with the consent row locked so a withdrawal cannot cross it.</summary>
    private async Task SendOneAsync(NpgsqlConnection connection, Due d, Instant now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var to = await connection.QuerySingleOrDefaultAsync<Addressee>(new CommandDefinition("""
            select g.name, g.email, g.language, s.municipality_code, m.name as municipality_name, s.year
            from caregiver_register g, schemes s join municipalities m on m.code = s.municipality_code
            where g.id = @RegisterId and s.id = @SchemeId and g.consent = @given
            for update of g
            """, new { d.RegisterId, d.SchemeId, given = ConsentAnswer.Given.Code() }, transaction, cancellationToken: cancellationToken));
        var paper = to is { Email: null } ? await Letters.LetterAddressees.AddressAsync(transaction, d.RequestId, d.Position, cancellationToken) : null;
        if (to is null || (to.Email is null && paper is null))
        {
            return;
        }

        // On paper the link's token is a short code, typed on the code page or read out on the phone.
        var code = paper is null ? null : Privacy.ShortCodes.New();
        var token = code is null ? SecretTokens.New() : Privacy.ShortCodes.Normalize(code)!;
        var o = options.Value;
        var expiresAt = now + Duration.FromDays(o.ReminderDays + o.ExpiryDays);
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            insert into check_ins (id, register_id, scheme_id, request_id, caregiver_position, token_hash, sent_at, expires_at)
            values (@id, @RegisterId, @SchemeId, @RequestId, @Position, @hash, @now, @expiresAt)
            on conflict (register_id, scheme_id) do nothing
            """, new { id = Guid.CreateVersion7(), d.RegisterId, d.SchemeId, d.RequestId, d.Position, hash = SecretTokens.Hash(token), now, expiresAt },
            transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return; // another Worker was first
        }

        var mail = await MailAsync(transaction, d.RegisterId, d.RequestId, to, token, expiresAt, reminder: false, cancellationToken);
        if (paper is null)
        {
            await outbox.AddAsync(transaction, mail, cancellationToken);
        }
        else
        {
            var baseUrl = links.Value.PublicBaseUrl;
            await Letters.LetterWriter.AddAsync(transaction, new Letters.OutboxLetter(CheckInMail.Template, to.Language, to.MunicipalityCode, to.Name, paper,
                (CheckInMail)mail.Model with { LetterCode = code, CodePageUrl = CheckInMail.CodePageFor(baseUrl, to.Language) }, d.RequestId, d.RegisterId),
                now, cancellationToken);
        }

        await AuditLog.WriteAsync(connection, transaction, Actor.Worker, "check-in-sent", now, d.RequestId, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task RemindAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var remindBefore = now - Duration.FromDays(options.Value.ReminderDays);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var due = await connection.QueryAsync<(Guid Id, Guid RegisterId)>(new CommandDefinition("""
            select id, register_id from check_ins
            where answered_at is null and reminded_at is null and token_hash is not null
                and sent_at <= @remindBefore and expires_at > @now
            """, new { remindBefore, now }, cancellationToken: cancellationToken));
        foreach (var (id, registerId) in due)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var reminder = await connection.QuerySingleOrDefaultAsync<Reminder>(new CommandDefinition("""
                select g.name, g.email, g.language, s.municipality_code, m.name as municipality_name, s.year, i.expires_at, i.request_id
                from check_ins i join caregiver_register g on g.id = i.register_id
                join schemes s on s.id = i.scheme_id join municipalities m on m.code = s.municipality_code
                where i.id = @id and i.answered_at is null and i.reminded_at is null and i.token_hash is not null
                    and g.consent = @given and g.email is not null
                for update of i, g
                """, new { id, given = ConsentAnswer.Given.Code() }, transaction, cancellationToken: cancellationToken));
            if (reminder is not { } t)
            {
                continue;
            }

            // A link of its own: the first one's token is stored only as a hash and cannot be sent again.
            var token = SecretTokens.New();
            await connection.ExecuteAsync(new CommandDefinition(
                "update check_ins set reminder_token_hash = @hash, reminded_at = @now where id = @id",
                new { hash = SecretTokens.Hash(token), now, id }, transaction, cancellationToken: cancellationToken));
            await outbox.AddAsync(transaction, await MailAsync(transaction, registerId, t.RequestId, t.To, token, t.ExpiresAt, reminder: true, cancellationToken),
                cancellationToken);
            await AuditLog.WriteAsync(connection, transaction, Actor.Worker, "check-in-reminded", now, t.RequestId, cancellationToken: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private async Task<OutboxMail> MailAsync(
        NpgsqlTransaction transaction, Guid registerId, Guid? requestId, Addressee to, string token, Instant expiresAt, bool reminder,
        CancellationToken cancellationToken)
    {
        var baseUrl = links.Value.PublicBaseUrl;
        var withdrawToken = await ConsentLinks.NewAsync(transaction, registerId, clock.GetCurrentInstant(), cancellationToken);
        return new OutboxMail(CheckInMail.Template, to.Language, to.MunicipalityCode, to.Email ?? "", to.Name,
            CheckInMail.For(to.Language, to.Name, to.MunicipalityName, to.Year, CheckInMail.CheckInUrlFor(baseUrl, token, to.Language),
                AmsterdamTime.DateOf(expiresAt), reminder, ConsentLinks.Url(baseUrl, withdrawToken, to.Language)),
            requestId, registerId);
    }
}
