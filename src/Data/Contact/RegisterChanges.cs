using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;
using Waardering.Data.Privacy;
using Waardering.Domain;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>
/// The register cannot be taken over: an application without sign-in that would change a
/// registered caregiver's address or end their consent is held, and the address on file is
/// asked to confirm it (db/migrations/0015_intake.sql, register_changes).
/// </summary>
public sealed partial class ConsentStore
{
    /// <summary>How long the confirmation link works: as long as the co-sign link's default expiry (21 days).</summary>
    public static readonly Duration ChangeLinkValidity = Duration.FromDays(21);

    private sealed record OnFile(Guid Id, ConsentAnswer Consent, string Email, string? Name, string Language);

    /// <summary>The register entry when the applicant's answer would change its address or consent; it stays locked.</summary>
    private static async Task<OnFile?> ChangeToHoldAsync(
        NpgsqlTransaction transaction, string municipality, byte[] hash, bool consent, string? email, CancellationToken cancellationToken)
    {
        var onFile = await transaction.Connection!.QuerySingleOrDefaultAsync<OnFile?>(new CommandDefinition("""
            select id, consent, email, name, language from caregiver_register
            where municipality_code = @municipality and identity_hash = @hash and email is not null
            for update
            """, new { municipality, hash }, transaction, cancellationToken: cancellationToken));
        return onFile is { Consent: ConsentAnswer.Given } f && (!consent || !string.Equals(f.Email, email, StringComparison.OrdinalIgnoreCase))
            ? f
            : null;
    }

    /// <summary>Stores the change asked for and answers the mail that asks the address on file to confirm it.</summary>
    private async Task<OutboxMail> HoldChangeAsync(
        NpgsqlTransaction transaction, OnFile onFile, Requests.NewRequest request, Requests.NewCaregiver caregiver,
        CancellationToken cancellationToken)
    {
        var token = SecretTokens.New();
        var expiresAt = request.SubmittedAt + ChangeLinkValidity;
        var municipalityName = await transaction.Connection!.ExecuteScalarAsync<string>(new CommandDefinition("""
            insert into register_changes (token_hash, register_id, consent, name, birth_date, email, language, request_id, position,
                created_at, expires_at)
            values (@hash, @Id, @ConsentToContact, @Name, @BirthDate, @Email, @Language, @requestId, @Position, @SubmittedAt, @expiresAt);
            select name from municipalities where code = @MunicipalityCode
            """, new
            {
                hash = SecretTokens.Hash(token), onFile.Id, caregiver.ConsentToContact, caregiver.Name, caregiver.BirthDate, caregiver.Email,
                request.Language, requestId = request.Id, caregiver.Position, request.SubmittedAt, expiresAt, request.MunicipalityCode,
            }, transaction, cancellationToken: cancellationToken));
        var name = onFile.Name ?? caregiver.Name;
        return new OutboxMail(RegisterChangeMail.Template, onFile.Language, request.MunicipalityCode, onFile.Email, name,
            RegisterChangeMail.For(onFile.Language, name, municipalityName!, stopContact: !caregiver.ConsentToContact, caregiver.Email,
                RegisterChangeMail.ConfirmUrlFor(links.Value.PublicBaseUrl, token, onFile.Language), AmsterdamTime.DateOf(expiresAt)),
            request.Id);
    }
}
