using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Privacy;
using Waardering.Domain;

namespace Waardering.Data.PersonalData;

/// <summary>Whom staff look up: a BSN (as recipient) or an e-mail address (as recipient or caregiver).</summary>
public sealed record PersonLookup(Bsn? Bsn, string? Email);

/// <summary>
/// A person's rights to see and to be forgotten (GDPR articles 15 and 17), exercised by staff.
/// Erasure stops where the law needs the data: a request still being decided or paid keeps them.
/// </summary>
public sealed class PersonalDataStore(NpgsqlDataSource dataSource, PersonalDataProtector protector, IClock clock)
{
    /// <param name="municipalities">The municipalities the staff member works for: only their data is exported.</param>
    public async Task<PersonalDataExport> ExportAsync(PersonLookup person, string[] municipalities, Actor staff, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (recipient, caregiver, registerIds) = await PersonalDataLookup.FindAsync(transaction, person, municipalities, protector, cancellationToken);
        var pairs = new { requestIds = caregiver.Select(c => c.RequestId).ToArray(), positions = caregiver.Select(c => c.Position).ToArray() };
        var register = await connection.QueryAsync<ExportedRegisterEntry>(new CommandDefinition("""
            select municipality_code as municipality, consent, consent_source, asked_at, consent_at, name, birth_date, email
            from caregiver_register where id = any(@registerIds)
            """, new { registerIds }, transaction, cancellationToken: cancellationToken));
        var checkIns = await connection.QueryAsync<ExportedCheckIn>(new CommandDefinition("""
            select s.municipality_code as municipality, s.year, i.sent_at, i.answered_at, i.wellbeing, i.signals, i.contact_wish,
                i.contact_when, i.phone, i.keep_informed, i.remarks, coalesce(a.target_groups, '{}') as target_groups, a.background
            from check_ins i join schemes s on s.id = i.scheme_id
            left join caregiver_year_answers a on a.register_id = i.register_id and a.scheme_id = i.scheme_id
            where i.register_id = any(@registerIds)
                or (i.request_id, i.caregiver_position) in (select * from unnest(@requestIds, @positions))
            order by i.sent_at
            """, new { registerIds, pairs.requestIds, pairs.positions }, transaction, cancellationToken: cancellationToken));
        var payments = await connection.QueryAsync<(string Reference, int Position, long AmountCents, string Status, string? Iban, string EndToEndId)>(
            new CommandDefinition("""
                select r.reference, p.caregiver_position, p.amount_cents, p.status, p.iban, p.end_to_end_id
                from payments p join requests r on r.id = p.request_id
                where (p.request_id, p.caregiver_position) in (select * from unnest(@requestIds, @positions))
                order by r.reference, p.caregiver_position
                """, pairs, transaction, cancellationToken: cancellationToken));
        var mails = person.Email is null ? [] : await connection.QueryAsync<ExportedMail>(new CommandDefinition("""
            select template, status, created_at, sent_at from outbox_mails
            where lower(to_address) = lower(@email) and municipality_code = any(@municipalities) order by created_at
            """, new { email = person.Email, municipalities }, transaction, cancellationToken: cancellationToken));
        // Staff reads of personal data are on the trail; what was read is not.
        await AuditLog.WriteAsync(connection, transaction, staff, "personal-data-exported", clock.GetCurrentInstant(),
            details: new { requests = recipient.Count + caregiver.Count }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PersonalDataExport(
            recipient.Select(r => new ExportedRequest(r.Reference, r.Municipality, r.Year, r.Status, r.SubmittedAt, r.Name, r.BirthDate,
                r.Postcode, r.HouseNumber, r.Email, MaskedBsn(r.BsnEncrypted), r.PersonalDataRemovedAt)).ToList(),
            caregiver.Select(c => new ExportedCaregiver(c.Reference, c.Municipality, c.Year, c.Status, c.Position, c.Name, c.BirthDate,
                c.Email, Iban.MaskOf(c.Iban), c.AmountCents, c.ConsentToContact)).ToList(),
            register.ToList(),
            checkIns.ToList(),
            payments.Select(p => new ExportedPayment(p.Reference, p.Position, p.AmountCents, p.Status, Iban.MaskOf(p.Iban), p.EndToEndId)).ToList(),
            mails.ToList());
    }

    /// <param name="municipalities">The municipalities the admin works for: only their data is erased.</param>
    public async Task<ErasureResult> EraseAsync(PersonLookup person, string[] municipalities, Actor staff, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (recipient, caregiver, registerIds) = await PersonalDataLookup.FindAsync(transaction, person, municipalities, protector, cancellationToken,
            forUpdate: true);
        const string open = "Nog in behandeling of nog niet uitbetaald: de gegevens zijn nodig om te beslissen en te betalen.";
        var kept = recipient.Where(r => !r.Settled).Select(r => new KeptRequest(r.Reference, open))
            .Concat(caregiver.Where(c => !c.Settled).Select(c => new KeptRequest(c.Reference, open)))
            .DistinctBy(k => k.Reference).ToList();
        var erasedRequests = recipient.Where(r => r.Settled && r.PersonalDataRemovedAt is null).ToList();
        var erasedCaregivers = caregiver.Where(c => c.Settled && c.Name is not null).ToList();
        await PersonalDataEraser.EraseRequestsAsync(transaction, erasedRequests.Select(r => r.Id).ToList(), protector, now, cancellationToken);
        await PersonalDataEraser.EraseCaregiversAsync(transaction, erasedCaregivers.Select(c => (c.RequestId, c.Position)).ToList(), protector,
            cancellationToken);
        var registerRemoved = await connection.ExecuteAsync(new CommandDefinition(
            "delete from caregiver_register where id = any(@registerIds)", new { registerIds }, transaction, cancellationToken: cancellationToken));
        var keptIds = recipient.Where(r => !r.Settled).Select(r => r.Id).Concat(caregiver.Where(c => !c.Settled).Select(c => c.RequestId)).ToArray();
        var mailsRemoved = person.Email is null ? 0 : await connection.ExecuteAsync(new CommandDefinition("""
            delete from outbox_mails where lower(to_address) = lower(@email) and municipality_code = any(@municipalities)
                and (request_id is null or request_id <> all(@keptIds))
            """, new { email = person.Email, keptIds, municipalities }, transaction, cancellationToken: cancellationToken));
        foreach (var id in erasedRequests.Select(r => r.Id).Concat(erasedCaregivers.Select(c => c.RequestId)).Distinct())
        {
            await AuditLog.WriteAsync(connection, transaction, staff, "personal-data-erased", now, id,
                details: new { reason = "request of the person" }, cancellationToken: cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ErasureResult(erasedRequests.Select(r => r.Reference).ToList(), erasedCaregivers.Count, registerRemoved, mailsRemoved, kept);
    }

    private string? MaskedBsn(byte[]? sealedBsn) =>
        sealedBsn is not null && Bsn.TryParse(protector.Unseal(sealedBsn, BsnPurpose.Seal), out var bsn) ? bsn.Masked : null;
}
