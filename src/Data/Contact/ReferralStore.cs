using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>
/// What the support organisation needs to call a caregiver back, and nothing more: no answers'
/// free text, no wellbeing score, no data of the person cared for.
/// </summary>
public sealed record Referral
{
    public required Guid Id { get; init; }
    public required string MunicipalityCode { get; init; }

    /// <summary><c>contactWish</c>, with <c>heavyOverload</c> when the answers showed it (<see cref="CheckInFollowUp"/>). (A property, not a constructor parameter: Npgsql reports arrays as <see cref="Array"/>.)</summary>
    public required string[] Reasons { get; init; }
    public required ReferralStatus Status { get; init; }
    public required Instant CreatedAt { get; init; }
    public required Instant UpdatedAt { get; init; }
    public string? CaregiverName { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public ContactWish? ContactWish { get; init; }
    public string? ContactWhen { get; init; }

    /// <summary>The request whose payout led to the check-in; not shown to the support organisation.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid? RequestId { get; init; }
}

public enum ReferralUpdate
{
    Updated,
    NotFound,

    /// <summary>Closed referrals stay closed; contacted cannot go back to open.</summary>
    NotAllowed,
}

/// <summary>Warme overdracht: the hand-over of a caregiver to the municipality's support organisation.</summary>
public sealed class ReferralStore(
    NpgsqlDataSource dataSource, OutboxWriter outbox, IOptions<ContactOptions> options, IClock clock, ILogger<ReferralStore> logger)
{
    private const string Select = """
        select f.id, f.municipality_code, f.reasons, f.status, f.created_at, f.updated_at,
            coalesce(g.name, c.name) as caregiver_name, coalesce(g.email, c.email) as email, i.phone,
            i.contact_wish, i.contact_when, i.request_id
        from referrals f join check_ins i on i.id = f.check_in_id
        left join caregiver_register g on g.id = i.register_id
        left join request_caregivers c on c.request_id = i.request_id and c.position = i.caregiver_position
        """;

    /// <summary>Creates the referral and its mail, inside the transaction that stores the answer.</summary>
    public async Task CreateAsync(
        NpgsqlTransaction transaction, Guid checkInId, IReadOnlyList<string> reasons, Instant now, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var id = Guid.CreateVersion7();
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into referrals (id, check_in_id, municipality_code, reasons, status, created_at, updated_at)
            select @id, i.id, s.municipality_code, @reasons, @open, @now, @now
            from check_ins i join schemes s on s.id = i.scheme_id where i.id = @checkInId
            """, new { id, checkInId, reasons = reasons.ToArray(), open = ReferralStatus.Open.Code(), now }, transaction, cancellationToken: cancellationToken));
        var organisation = options.Value.SupportOrganisation;
        if (string.IsNullOrWhiteSpace(organisation.Email))
        {
            // The referral is still there for the support role to read; only the mail cannot go.
            logger.LogWarning("Referral {ReferralId} made, but Contact:SupportOrganisation:Email is not set: no mail sent", id);
            return;
        }

        var referral = await connection.QuerySingleAsync<Referral>(new CommandDefinition(
            $"{Select} where f.id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        var municipalityName = await connection.QuerySingleAsync<string>(new CommandDefinition(
            "select name from municipalities where code = @MunicipalityCode", referral, transaction, cancellationToken: cancellationToken));
        await outbox.AddAsync(transaction, new OutboxMail(ReferralMail.Template, ReferralMail.Language, referral.MunicipalityCode,
            organisation.Email, organisation.Name,
            ReferralMail.For(organisation.Name, municipalityName, referral.CaregiverName, referral.Phone, referral.Email, referral.ContactWhen,
                referral.ContactWish?.Code(), heavyOverload: reasons.Contains(CheckInFollowUp.HeavyOverloadReason), id),
            referral.RequestId), cancellationToken);
    }

    /// <summary>The referrals of a municipality, with the data to call back; the read is on the audit trail.</summary>
    public async Task<IReadOnlyList<Referral>> ListAsync(string municipality, ReferralStatus? status, Actor staff, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var code = status?.Code();
        await AuditLog.WriteAsync(connection, null, staff, "referrals-read", clock.GetCurrentInstant(),
            details: new { municipality, status = code }, cancellationToken: cancellationToken);
        var rows = await connection.QueryAsync<Referral>(new CommandDefinition(
            $"{Select} where f.municipality_code = @municipality and (@status::text is null or f.status = @status) order by f.created_at, f.id",
            new { municipality, status = code }, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    public async Task<ReferralUpdate> SetStatusAsync(Guid id, ReferralStatus status, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await connection.QuerySingleOrDefaultAsync<(ReferralStatus Status, Guid? RequestId)?>(new CommandDefinition("""
            select f.status, i.request_id from referrals f join check_ins i on i.id = f.check_in_id where f.id = @id for update of f
            """, new { id }, transaction, cancellationToken: cancellationToken));
        if (current is not { } c)
        {
            return ReferralUpdate.NotFound;
        }

        if (!ReferralLife.CanBecome(c.Status, status))
        {
            return ReferralUpdate.NotAllowed;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "update referrals set status = @status, updated_at = @now, updated_by = @Name where id = @id",
            new { status = status.Code(), now, actor.Name, id }, transaction, cancellationToken: cancellationToken));
        await AuditLog.WriteAsync(connection, transaction, actor, $"referral-{status.Code()}", now, c.RequestId,
            details: new { referral = id }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ReferralUpdate.Updated;
    }
}
