using Dapper;
using Npgsql;

namespace Waardering.Data.Requests;

internal static class RequestInserts
{
    public static async Task InsertAsync(
        NpgsqlTransaction transaction, NewRequest r, string reference, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into requests (id, scheme_id, reference, status, submitted_by, channel, language,
                recipient_name, recipient_birth_date, recipient_postcode, recipient_house_number, recipient_email,
                recipient_bsn_encrypted, recipient_bsn_hash, recipient_identity_hash, unit_amount_cents, units,
                status_token_hash, submitted_at, co_sign_token_hash, co_sign_requested_at)
            values (@Id, @SchemeId, @reference, @Status, @SubmittedBy, @Channel, @Language,
                @RecipientName, @RecipientBirthDate, @RecipientPostcode, @RecipientHouseNumber, @RecipientEmail,
                @RecipientBsnEncrypted, @RecipientBsnHash, @RecipientIdentityHash, @UnitAmountCents, @Units,
                @StatusTokenHash, @SubmittedAt, @CoSignTokenHash, case when @CoSignTokenHash is null then null else @SubmittedAt end)
            """,
            new
            {
                r.Id, r.SchemeId, reference, r.Status, r.SubmittedBy, r.Channel, r.Language, r.RecipientName,
                r.RecipientBirthDate, r.RecipientPostcode, r.RecipientHouseNumber, r.RecipientEmail,
                r.RecipientBsnEncrypted, r.RecipientBsnHash, r.RecipientIdentityHash, r.UnitAmountCents, r.Units,
                r.StatusTokenHash, r.SubmittedAt, r.CoSignTokenHash,
            }, transaction, cancellationToken: cancellationToken));

        await connection.ExecuteAsync(new CommandDefinition("""
            insert into request_caregivers (request_id, position, name, birth_date, email, iban, weight, amount_cents, consent_to_contact)
            values (@requestId, @Position, @Name, @BirthDate, @Email, @Iban, @Weight, @AmountCents, @ConsentToContact)
            """,
            r.Caregivers.Select(c => new
            {
                requestId = r.Id, c.Position, c.Name, c.BirthDate, c.Email, c.Iban, c.Weight, c.AmountCents, c.ConsentToContact,
            }), transaction, cancellationToken: cancellationToken));
    }
}
