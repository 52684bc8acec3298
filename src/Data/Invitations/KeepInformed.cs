using Dapper;
using Npgsql;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Invitations;

/// <summary>A caregiver who wants to be kept informed, as the support organisation may see them: nothing more.</summary>
public sealed record KeptInformed(string Name, string Email, string Language);

/// <summary>
/// The caregivers who want to be kept informed: in the register with their consent, whose latest
/// answered check-in said yes to "may we keep you informed". Only a register entry with consent
/// holds a name and address, so nobody else can be on the list.
/// </summary>
public static class KeepInformed
{
    /// <summary>On <c>caregiver_register g</c>, with <c>@given</c> the code of a given consent.</summary>
    internal const string Condition = """
        g.consent = @given and g.email is not null
        and coalesce((select i.keep_informed from check_ins i where i.register_id = g.id and i.answered_at is not null
                      order by i.answered_at desc limit 1), false)
        """;

    /// <summary>The support organisation's list of one municipality, by name.</summary>
    public static async Task<IReadOnlyList<KeptInformed>> ListAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string municipality, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<KeptInformed>(new CommandDefinition($"""
            select g.name, g.email, g.language from caregiver_register g
            where g.municipality_code = @municipality and {Condition}
            order by g.name, g.email
            """, new { municipality, given = ConsentAnswer.Given.Code() }, transaction, cancellationToken: cancellationToken))).ToList();
}
