using Dapper;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Contact;
using Waardering.Data.Letters;
using Waardering.Data.Links;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;
using Waardering.Data.Privacy;
using Waardering.Domain;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Invitations;

/// <summary>The next season's invitations, sent by the Worker as a recurring job.</summary>
public interface ISeasonInvitations
{
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>
/// When a scheme's window opens, invites last season's applicants and the caregivers who asked to
/// be kept informed, each once per scheme: the invitation's row (a keyed hash of the address, unique
/// per scheme) is written in the transaction of its mail, so two Workers or a rerun never send twice.
/// Last season's applicant without e-mail gets the invitation as a letter at the address of that request,
/// written to the letter outbox in the same transaction; without a deliverable address nothing can go.
/// </summary>
public sealed class SeasonInvitations(
    NpgsqlDataSource dataSource, OutboxWriter outbox, PersonalDataProtector protector, IOptions<LinkOptions> links, IClock clock)
    : ISeasonInvitations
{
    /// <summary>A Worker that was down a few days still invites; two weeks after the window opened it is no longer news.</summary>
    public const int CatchUpDays = 14;

    private const string PersonPurpose = "season-invitation";

    private sealed record OpenedScheme(long Id, string MunicipalityCode, string MunicipalityName, int Year, LocalDate ClosesOn);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = AmsterdamTime.DateOf(clock.GetCurrentInstant());
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var opened = await connection.QueryAsync<OpenedScheme>(new CommandDefinition("""
            select s.id, s.municipality_code, m.name as municipality_name, s.year, s.closes_on
            from schemes s join municipalities m on m.code = s.municipality_code
            where s.opens_on <= @today and s.opens_on > @since and s.closes_on >= @today
            """, new { today, since = today.PlusDays(-CatchUpDays) }, cancellationToken: cancellationToken));
        foreach (var scheme in opened)
        {
            var addressees = await InvitationAddressees.ForSchemeAsync(connection, scheme.MunicipalityCode, scheme.Year, cancellationToken);
            foreach (var addressee in addressees.Where(a => a.Email is not null || a.RequestId is not null))
            {
                await InviteAsync(connection, scheme, addressee, cancellationToken);
            }
        }
    }

    /// <summary>One invitation in its own transaction; a register entry is locked so a withdrawal cannot cross it.</summary>
    private async Task InviteAsync(NpgsqlConnection connection, OpenedScheme scheme, InvitationAddressee to, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (to.RegisterId is { } registerId && !await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "select exists (select 1 from caregiver_register where id = @registerId and consent = @given for update)",
                new { registerId, given = ConsentAnswer.Given.Code() }, transaction, cancellationToken: cancellationToken)))
        {
            return;
        }

        var paper = to.Email is null ? await LetterAddressees.ApplicantAsync(transaction, to.RequestId!.Value, cancellationToken) : null;
        if (to.Email is null && paper is null)
        {
            return;
        }

        var person = protector.KeyedHash(paper is { } letter ? PostalIdentity(letter.Name, letter.Address) : to.Email!.Trim().ToLowerInvariant(),
            PersonPurpose);
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            insert into season_invitations (scheme_id, person_hash, register_id, request_id, sent_at)
            values (@Id, @person, @RegisterId, @RequestId, @now)
            on conflict (scheme_id, person_hash) do nothing
            """, new { scheme.Id, person, to.RegisterId, to.RequestId, now }, transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return; // invited before, by another Worker or under another of their names
        }

        var baseUrl = links.Value.PublicBaseUrl;
        var withdrawUrl = to.RegisterId is { } id ? ConsentLinks.Url(baseUrl, await ConsentLinks.NewAsync(transaction, id, now, cancellationToken), to.Language) : null;
        var mail = InvitationMail.For(to.Language, to.Name, scheme.MunicipalityName, scheme.Year,
            InvitationMail.ApplyUrlFor(baseUrl, scheme.MunicipalityCode, scheme.Year, to.Language), scheme.ClosesOn, withdrawUrl);
        if (paper is { } post)
        {
            await LetterWriter.AddAsync(transaction, new OutboxLetter(InvitationMail.Template, to.Language, scheme.MunicipalityCode, post.Name,
                post.Address, mail, to.RequestId), now, cancellationToken);
        }
        else
        {
            await outbox.AddAsync(transaction, new OutboxMail(InvitationMail.Template, to.Language, scheme.MunicipalityCode, to.Email!, to.Name,
                mail, to.RequestId, to.RegisterId), cancellationToken);
        }

        await AuditLog.WriteAsync(connection, transaction, Actor.Worker, "season-invitation-sent", now, to.RequestId,
            details: new { municipality = scheme.MunicipalityCode, year = scheme.Year, register = to.RegisterId is not null, letter = paper is not null },
            cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A person on paper is their name at a postcode and house number: one letter each, however often they applied.</summary>
    private static string PostalIdentity(string name, PostalAddress address) =>
        $"post:{name.Trim().ToLowerInvariant()}|{address.Postcode!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()}|{address.HouseNumber!.Trim().ToLowerInvariant()}";
}
