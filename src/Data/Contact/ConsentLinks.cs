using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Privacy;

namespace Waardering.Data.Contact;

/// <summary>
/// Every mail to a caregiver carries a link of its own with which they answer or withdraw their
/// consent. Links do not expire: withdrawing must always work.
/// </summary>
public static class ConsentLinks
{
    public static async Task<string> NewAsync(
        NpgsqlTransaction transaction, Guid registerId, Instant now, CancellationToken cancellationToken)
    {
        var token = SecretTokens.New();
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            "insert into consent_links (token_hash, register_id, created_at) values (@hash, @registerId, @now)",
            new { hash = SecretTokens.Hash(token), registerId, now }, transaction, cancellationToken: cancellationToken));
        return token;
    }

    public static string Url(string publicBaseUrl, string token) => $"{publicBaseUrl.TrimEnd('/')}/contact-consent?token={token}";
}
