using Dapper;
using Npgsql;
using Waardering.Domain.Budget;
using Waardering.Domain.Contact;
using Waardering.Domain.Mail;
using Waardering.Domain.Payouts;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Architecture;

/// <summary>
/// The database knows the same words as the Domain: a word added to an enum without a migration
/// that adds it to the CHECK fails here, and a word the Domain does not know is refused.
/// </summary>
public sealed class VocabularyConstraintTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    public static TheoryData<string, string, string[]> Words => new()
    {
        { "requests", "requests_status_check", [.. Codes.All<RequestStatus>()] },
        { "requests", "requests_channel_check", [.. Codes.All<Channel>()] },
        { "audit_events", "audit_events_channel_check", [.. Codes.All<Channel>()] },
        { "payments", "payments_status_check", [.. Codes.All<PaymentStatus>()] },
        { "payout_batches", "payout_batches_status_check", [.. Codes.All<PayoutBatchStatus>()] },
        { "iban_changes", "iban_changes_status_check", [.. Codes.All<IbanChangeStatus>()] },
        { "caregiver_register", "caregiver_register_consent_check", [.. Codes.All<ConsentAnswer>()] },
        { "caregiver_register", "caregiver_register_consent_source_check", [.. Codes.All<ConsentSource>()] },
        { "check_ins", "check_ins_contact_wish_check", [.. Codes.All<ContactWish>()] },
        { "referrals", "referrals_status_check", [.. Codes.All<ReferralStatus>()] },
        { "outbox_mails", "outbox_mails_status_check", [.. Codes.All<OutboxStatus>()] },
        { "outbox_letters", "outbox_letters_status_check", [.. Codes.All<LetterStatus>()] },
        { "budget_lines", "budget_lines_source_check", [.. Codes.All<FundingSource>()] },
        { "budget_plan_rows", "budget_plan_rows_kind_check", [.. Codes.All<PlanRowKind>()] },
        { "budget_plan_rows", "budget_plan_rows_source_check", [.. Codes.All<FundingSource>()] },
        { "schemes", "schemes_split_mode_check", [.. Codes.All<SplitMode>()] },
        { "schemes", "schemes_payout_mode_check", [.. Codes.All<PayoutMode>()] },
        { "schemes", "schemes_who_may_apply_check", [.. Codes.All<WhoMayApply>()] },
        { "schemes", "schemes_payout_method_check", [.. Codes.All<PayoutMethod>()] },
        { "schemes", "schemes_digid_check", [.. Codes.All<DigidUse>()] },
        { "requests", "requests_submitted_by_check", [.. Codes.All<Applicant>()] },
        { "caregiver_year_answers", "caregiver_year_answers_target_groups_check", [.. TargetGroups.Asked.CodesOf()] },
        { "caregiver_year_answers", "caregiver_year_answers_background_check", [.. Codes.All<Background>()] },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public async Task CheckConstraint_ListsExactlyTheDomainsCodes(string table, string constraint, string[] codes) =>
        Assert.Equal(codes, await app.CheckedCodesAsync(table, constraint));

    [Fact]
    public async Task AStatusTheDomainDoesNotKnow_IsRefusedByTheDatabase()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = Guid.Parse(await app.SubmitAsync(municipality));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("update requests set status = 'lost' where id = @id", new { id }));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
        Assert.Equal(RequestStatus.Received.Code(), await connection.QuerySingleAsync<string>("select status from requests where id = @id", new { id }));
    }

    [Fact]
    public async Task AnEventThroughAChannelTheDomainDoesNotKnow_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = Guid.Parse(await app.SubmitAsync(municipality));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();

        // An enum sent as its number instead of its code is the mistake this guards against.
        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("""
            insert into audit_events (occurred_at, actor, channel, action, request_id, details)
            values (now(), 'worker', '5', 'co-sign-expired', @id, '{}')
            """, new { id }));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
    }
}
