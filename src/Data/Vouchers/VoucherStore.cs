using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;

namespace Waardering.Data.Vouchers;

public enum VoucherImportOutcome
{
    Imported,
    UnknownMunicipality,

    /// <summary>A code is in the file twice or was imported before; nothing was imported.</summary>
    Duplicate,
}

/// <summary>Voucher codes: imported per municipality and year, each handed to one caregiver's award.</summary>
public sealed class VoucherStore(NpgsqlDataSource dataSource)
{
    public async Task<(VoucherImportOutcome Outcome, IReadOnlyList<string> Duplicates)> ImportAsync(
        string municipality, int year, IReadOnlyList<string> codes, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            var inserted = (await connection.QueryAsync<string>(new CommandDefinition("""
                insert into vouchers (municipality_code, year, code, imported_at, imported_by)
                select @municipality, @year, c, @now, @Name from unnest(@codes) as c
                on conflict (code) do nothing
                returning code
                """, new { municipality, year, codes = codes.ToArray(), now, actor.Name }, transaction,
                cancellationToken: cancellationToken))).ToHashSet();
            if (inserted.Count < codes.Count)
            {
                // All or nothing: a file with one known code is refused whole, so it can be mended and sent again.
                return (VoucherImportOutcome.Duplicate, codes.Where(c => !inserted.Contains(c)).Distinct().ToList());
            }

            await AuditLog.WriteAsync(connection, transaction, actor, "vouchers-imported", now,
                details: new { municipality, year, count = codes.Count }, cancellationToken: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (VoucherImportOutcome.Imported, []);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            return (VoucherImportOutcome.UnknownMunicipality, []);
        }
    }

    /// <summary>
    /// Hands each of a request's caregivers a free code, in the approval's transaction, and writes
    /// the voucher mails. SKIP LOCKED lets parallel approvals take different codes. False when the
    /// codes ran out; the caller then rolls the whole approval back. <paramref name="withoutIbanOnly"/>:
    /// only the caregivers without an IBAN, in a scheme that pays the others by bank transfer.
    /// </summary>
    public static async Task<bool> AssignAsync(NpgsqlTransaction transaction, OutboxWriter outbox, Guid requestId, string municipality,
        int year, Instant now, string publicBaseUrl, CancellationToken cancellationToken, bool withoutIbanOnly = false)
    {
        var connection = transaction.Connection!;
        var awards = (await connection.QueryAsync<(int Position, string Name, string? Email, long Amount)>(new CommandDefinition("""
            select position, name, email, amount_cents from request_caregivers
            where request_id = @requestId and (not @withoutIbanOnly or iban is null)
            order by position
            """, new { requestId, withoutIbanOnly }, transaction, cancellationToken: cancellationToken))).ToList();
        if (awards.Count == 0)
        {
            return true;
        }

        var r = await connection.QuerySingleAsync<(string Reference, string Language, string? RecipientEmail, string RecipientName, string MunicipalityName)>(
            new CommandDefinition("""
                select r.reference, r.language, r.recipient_email, r.recipient_name, m.name
                from requests r join municipalities m on m.code = @municipality where r.id = @requestId
                """, new { requestId, municipality }, transaction, cancellationToken: cancellationToken));
        foreach (var award in awards)
        {
            var code = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition("""
                update vouchers set request_id = @requestId, caregiver_position = @Position, assigned_at = @now
                where id = (select id from vouchers where municipality_code = @municipality and year = @year and request_id is null
                            order by id limit 1 for update skip locked)
                returning code
                """, new { requestId, award.Position, now, municipality, year }, transaction, cancellationToken: cancellationToken));
            if (code is null)
            {
                return false;
            }

            // The code is the payout itself: it goes to the caregiver, or to the recipient when the caregiver has no address.
            // Not cancelled when consent is withdrawn: it is the payment, not contact. It carries the way out all the same.
            var (address, name) = award.Email is { } email ? (email, award.Name) : (r.RecipientEmail, r.RecipientName);
            if (address is not null)
            {
                var withdrawUrl = award.Email is null ? null
                    : (await Contact.ConsentLinks.ForCaregiverAsync(transaction, requestId, award.Position, applicant: true, publicBaseUrl, r.Language, now,
                        cancellationToken)).WithdrawUrl;
                await outbox.AddAsync(transaction, new OutboxMail(VoucherMail.Template, r.Language, municipality, address, name,
                    new VoucherMail(name, award.Name, r.Reference, r.MunicipalityName, year, code, withdrawUrl), requestId), cancellationToken);
            }
            else if (await VoucherLetterAsync(transaction, requestId, award.Position, award.Name, r.RecipientName) is { } paper)
            {
                // Nobody has an address: the code goes on paper, to the caregiver's address when given, else the recipient's.
                await Letters.LetterWriter.AddAsync(transaction, new Letters.OutboxLetter(VoucherMail.Template, r.Language, municipality,
                    paper.Name, paper.Address, new VoucherMail(paper.Name, award.Name, r.Reference, r.MunicipalityName, year, code, null),
                    requestId), now, cancellationToken);
            }
        }

        return true;

        async Task<(string Name, Letters.PostalAddress Address)?> VoucherLetterAsync(
            NpgsqlTransaction tx, Guid id, int position, string caregiverName, string recipientName) =>
            await Letters.LetterAddressees.AddressAsync(tx, id, position, cancellationToken) is { } own ? (caregiverName, own)
            : await Letters.LetterAddressees.AddressAsync(tx, id, Letters.RequestAddresses.Recipient, cancellationToken) is { } theirs
                ? (recipientName, theirs) : null;
    }
}
