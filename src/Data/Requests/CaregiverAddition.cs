using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Requests;

public enum CaregiverAdditionOutcome
{
    Added,
    NotFound,

    /// <summary>The request is decided (or ended): its caregivers and amounts no longer change.</summary>
    Decided,

    /// <summary>The request already has as many caregivers as the scheme allows.</summary>
    Full,

    /// <summary>The same person (name and birth date) is already a caregiver of the request.</summary>
    AlreadyListed,
}

/// <summary>A caregiver as the officer entered them; the IBAN already checked.</summary>
public sealed record AddedCaregiver(string Name, LocalDate BirthDate, string? Email, Iban? Iban, int Weight, bool ConsentToContact, bool CareDeclared = false);

/// <summary>A caregiver's part after the split, in position order.</summary>
public sealed record CaregiverPart(int Position, string? Name, int Weight, long AmountCents);

/// <summary>
/// An officer adds a caregiver to an undecided request (a caregiver the recipient forgot, or one
/// who phoned). The request's unit is split again over all its caregivers exactly as at intake
/// (<see cref="AwardSplit"/>), and its units follow their number. Whoever adds one chose where
/// money goes, so the trail's "caregiver-added" event keeps them from deciding the request
/// (<see cref="Decisions.EnteredRequests"/>).
/// </summary>
public sealed class CaregiverAddition(NpgsqlDataSource dataSource)
{
    /// <summary>The trail's action for an added caregiver; four eyes read it.</summary>
    public const string Action = "caregiver-added";

    public async Task<(CaregiverAdditionOutcome Outcome, int Position, IReadOnlyList<CaregiverPart> Parts)> AddAsync(
        Guid requestId, AddedCaregiver caregiver, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var request = await connection.QuerySingleOrDefaultAsync<(string Status, long UnitAmountCents, string SplitMode, int MaxCaregivers)?>(
            new CommandDefinition("""
                select r.status, r.unit_amount_cents, s.split_mode, s.max_caregivers
                from requests r join schemes s on s.id = r.scheme_id
                where r.id = @requestId
                for update of r
                """, new { requestId }, transaction, cancellationToken: cancellationToken));
        if (request is not { } r)
        {
            return (CaregiverAdditionOutcome.NotFound, 0, []);
        }

        if (!RequestLife.Undecided.Contains(Codes.Parse<RequestStatus>(r.Status)))
        {
            return (CaregiverAdditionOutcome.Decided, 0, []);
        }

        var present = (await connection.QueryAsync<CaregiverRow>(new CommandDefinition(
            "select position, name, birth_date, weight from request_caregivers where request_id = @requestId order by position",
            new { requestId }, transaction, cancellationToken: cancellationToken))).ToList();
        if (present.Count >= r.MaxCaregivers)
        {
            return (CaregiverAdditionOutcome.Full, 0, []);
        }

        if (present.Any(c => c.BirthDate == caregiver.BirthDate && string.Equals(c.Name, caregiver.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return (CaregiverAdditionOutcome.AlreadyListed, 0, []);
        }

        var mode = Codes.Parse<SplitMode>(r.SplitMode);
        var position = present.Count == 0 ? 1 : present.Max(c => c.Position) + 1;
        var parts = Split(mode, r.UnitAmountCents, present.Select(c => new CaregiverPart(c.Position, c.Name, c.Weight, 0))
            .Append(new CaregiverPart(position, caregiver.Name, caregiver.Weight, 0)));
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into request_caregivers (request_id, position, name, birth_date, email, iban, weight, amount_cents, consent_to_contact, care_declared)
            values (@requestId, @position, @Name, @BirthDate, @Email, @iban, @Weight, 0, @ConsentToContact, @CareDeclared);
            update request_caregivers c set amount_cents = p.amount
            from unnest(@positions, @amounts) as p(position, amount)
            where c.request_id = @requestId and c.position = p.position;
            update requests set units = @units where id = @requestId;
            """, new
            {
                requestId, position, caregiver.Name, caregiver.BirthDate, caregiver.Email, iban = caregiver.Iban?.Value, caregiver.Weight,
                caregiver.ConsentToContact, caregiver.CareDeclared, positions = parts.Select(p => p.Position).ToArray(), amounts = parts.Select(p => p.AmountCents).ToArray(),
                units = mode.Units(parts.Count),
            }, transaction, cancellationToken: cancellationToken));
        // The trail names the caregiver by position and the IBAN masked: never an IBAN in full.
        await AuditLog.WriteAsync(connection, transaction, officer, Action, now, requestId,
            details: new { position, iban = caregiver.Iban?.Masked, amounts = parts.Select(p => p.AmountCents).ToArray() },
            cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (CaregiverAdditionOutcome.Added, position, parts);
    }

    /// <summary>Every caregiver's part of the unit by their weights: the split of intake (<see cref="AwardSplit.Amounts"/>).</summary>
    public static IReadOnlyList<CaregiverPart> Split(SplitMode mode, long unitCents, IEnumerable<CaregiverPart> caregivers)
    {
        var all = caregivers.ToList();
        var amounts = mode.Amounts(unitCents, all.Select(c => c.Weight).ToList());
        return all.Select((c, i) => c with { AmountCents = amounts[i] }).ToList();
    }

    private sealed record CaregiverRow(int Position, string? Name, LocalDate? BirthDate, int Weight);
}
