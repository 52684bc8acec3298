using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Privacy;
using Waardering.Domain.Payouts;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.PersonalData;

/// <summary>
/// Removes personal data inside the caller's transaction. What stays: amounts, weights, statuses
/// and dates (the payment totals and the reports stay right), the check-ins' scores without free
/// text or phone number, the audit trail, and the payments with a pseudonym of the payee instead
/// of the IBAN and name.
/// </summary>
public static class PersonalDataEraser
{
    public const string PayeePurpose = "payee-pseudonym";

    /// <summary>Whole requests: the recipient's data and every caregiver's.</summary>
    public static async Task EraseRequestsAsync(
        NpgsqlTransaction transaction, IReadOnlyList<Guid> requestIds, PersonalDataProtector protector, Instant now,
        CancellationToken cancellationToken)
    {
        if (requestIds.Count == 0)
        {
            return;
        }

        var ids = requestIds.ToArray();
        await PseudonymisePaymentsAsync(transaction, "request_id = any(@ids)", new { ids }, protector, cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition("""
            update request_caregivers set name = null, birth_date = null, email = null, iban = null where request_id = any(@ids);
            update requests set recipient_name = null, recipient_birth_date = null, recipient_postcode = null,
                recipient_house_number = null, recipient_email = null, recipient_bsn_encrypted = null,
                recipient_bsn_hash = null, recipient_identity_hash = null, co_sign_token_hash = null, co_sign_code_hash = null,
                personal_data_removed_at = coalesce(personal_data_removed_at, @now)
            where id = any(@ids);
            update check_ins set phone = null, contact_when = null, remarks = null, register_id = null,
                token_hash = null, reminder_token_hash = null
            where request_id = any(@ids);
            delete from idempotency_keys where request_id = any(@ids);
            delete from outbox_mails where request_id = any(@ids);
            delete from outbox_letters where request_id = any(@ids);
            delete from request_addresses where request_id = any(@ids);
            update iban_changes set status = @withdrawn, new_iban = null where request_id = any(@ids) and status = @pending;
            """, new { ids, now, withdrawn = IbanChangeStatus.Withdrawn.Code(), pending = IbanChangeStatus.Pending.Code() }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>One caregiver's part of requests (request id and position); the rest of each request stays.</summary>
    public static async Task EraseCaregiversAsync(
        NpgsqlTransaction transaction, IReadOnlyList<(Guid RequestId, int Position)> caregivers, PersonalDataProtector protector,
        CancellationToken cancellationToken)
    {
        if (caregivers.Count == 0)
        {
            return;
        }

        var parameters = new { requestIds = caregivers.Select(c => c.RequestId).ToArray(), positions = caregivers.Select(c => c.Position).ToArray() };
        const string match = "(request_id, caregiver_position) in (select * from unnest(@requestIds, @positions))";
        await PseudonymisePaymentsAsync(transaction, match, parameters, protector, cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition($"""
            update request_caregivers set name = null, birth_date = null, email = null, iban = null
            where (request_id, position) in (select * from unnest(@requestIds, @positions));
            delete from request_addresses where (request_id, position) in (select * from unnest(@requestIds, @positions));
            update check_ins set phone = null, contact_when = null, remarks = null, register_id = null,
                token_hash = null, reminder_token_hash = null
            where {match};
            update iban_changes set status = @withdrawn, new_iban = null where {match} and status = @pending;
            """, new
            {
                parameters.requestIds, parameters.positions,
                withdrawn = IbanChangeStatus.Withdrawn.Code(), pending = IbanChangeStatus.Pending.Code(),
            }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>The same IBAN always gives the same pseudonym; without the hash key it cannot be turned back.</summary>
    public static string Pseudonym(PersonalDataProtector protector, string iban) =>
        "P-" + Convert.ToHexString(protector.KeyedHash(iban.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), PayeePurpose), 0, 8);

    private static async Task PseudonymisePaymentsAsync(
        NpgsqlTransaction transaction, string where, object parameters, PersonalDataProtector protector, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var payees = (await connection.QueryAsync<(Guid Id, string Iban)>(new CommandDefinition(
            $"select id, iban from payments where {where} and iban is not null", parameters, transaction,
            cancellationToken: cancellationToken))).ToList();
        await connection.ExecuteAsync(new CommandDefinition("""
            update payments p set payee_pseudonym = x.pseudonym, iban = null, creditor_name = null
            from unnest(@ids, @pseudonyms) as x(id, pseudonym)
            where p.id = x.id
            """, new { ids = payees.Select(p => p.Id).ToArray(), pseudonyms = payees.Select(p => Pseudonym(protector, p.Iban)).ToArray() },
            transaction, cancellationToken: cancellationToken));
    }
}
