using Dapper;
using Npgsql;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Letters;

/// <summary>Who of a stored request gets a letter instead of a mail, and at which address.</summary>
public static class LetterAddressees
{
    /// <summary>
    /// The one who applied, when they gave no e-mail address: the recipient at their address, or the
    /// caregiver who applied at the address they gave (without one no letter can go).
    /// </summary>
    public static async Task<(string Name, PostalAddress Address)?> ApplicantAsync(
        NpgsqlTransaction transaction, Guid requestId, CancellationToken cancellationToken)
    {
        var r = await transaction.Connection!.QuerySingleAsync<(string SubmittedBy, string? RecipientName, string? RecipientEmail,
            string? CaregiverName, string? CaregiverEmail)>(new CommandDefinition("""
                select r.submitted_by, r.recipient_name, r.recipient_email, c.name, c.email
                from requests r left join request_caregivers c on c.request_id = r.id and c.position = 1
                where r.id = @requestId
                """, new { requestId }, transaction, cancellationToken: cancellationToken));
        var recipient = Codes.Parse<Applicant>(r.SubmittedBy) == Applicant.Recipient;
        var (name, email, position) = recipient ? (r.RecipientName, r.RecipientEmail, RequestAddresses.Recipient) : (r.CaregiverName, r.CaregiverEmail, 1);
        if (name is null || email is not null)
        {
            return null;
        }

        return await AddressAsync(transaction, requestId, position, cancellationToken) is { } address ? (name, address) : null;
    }

    /// <summary>The address of a position of the request (0 the recipient), when a letter can be delivered there.</summary>
    public static async Task<PostalAddress?> AddressAsync(NpgsqlTransaction transaction, Guid requestId, int position, CancellationToken cancellationToken) =>
        (await RequestAddresses.OfRequestAsync(transaction, requestId, cancellationToken)).GetValueOrDefault(position) is { Deliverable: true } address
            ? address
            : null;
}
