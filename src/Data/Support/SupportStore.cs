using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;

namespace Waardering.Data.Support;

/// <summary>
/// An organisation that supports caregivers (municipality_support): its name, what it offers,
/// and its phone number and website where known. Hilversum's are Versa Welzijn, MEE, the
/// Buurtteams and www.mantelzorggv.nl (DOMAIN.md "Support on offer").
/// </summary>
public sealed record SupportOffer(string Name, string Offers, string? Phone, string? Website);

/// <summary>Each municipality's support on offer, in the order every mail to a caregiver lists it.</summary>
public sealed class SupportStore(NpgsqlDataSource dataSource, IClock clock)
{
    /// <summary>The municipality's list, empty when none is set; null when the municipality is unknown.</summary>
    public async Task<IReadOnlyList<SupportOffer>?> ReadAsync(string municipality, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await KnownAsync(connection, null, municipality, cancellationToken))
        {
            return null;
        }

        var rows = await connection.QueryAsync<SupportOffer>(new CommandDefinition(
            "select name, offers, phone, website from municipality_support where municipality_code = @municipality order by position",
            new { municipality }, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    /// <summary>Replaces the municipality's list as a whole; false when the municipality is unknown. The change is on the trail.</summary>
    public async Task<bool> SetAsync(string municipality, IReadOnlyList<SupportOffer> offers, Actor admin, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await KnownAsync(connection, transaction, municipality, cancellationToken))
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            delete from municipality_support where municipality_code = @municipality;
            insert into municipality_support (municipality_code, position, name, offers, phone, website)
            select @municipality, position, name, offers, phone, website
            from unnest(@names, @offers, @phones, @websites) with ordinality as o(name, offers, phone, website, position)
            """, new
            {
                municipality, names = offers.Select(o => o.Name).ToArray(), offers = offers.Select(o => o.Offers).ToArray(),
                phones = offers.Select(o => o.Phone).ToArray(), websites = offers.Select(o => o.Website).ToArray(),
            }, transaction, cancellationToken: cancellationToken));
        await AuditLog.WriteAsync(connection, transaction, admin, "support-set", now,
            details: new { municipality, organisations = offers.Select(o => o.Name).ToArray() }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static Task<bool> KnownAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string municipality,
        CancellationToken cancellationToken) =>
        connection.QuerySingleAsync<bool>(new CommandDefinition(
            "select exists (select 1 from municipalities where code = @municipality)", new { municipality }, transaction,
            cancellationToken: cancellationToken));
}
