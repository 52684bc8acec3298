using Dapper;
using NodaTime;
using Microsoft.Extensions.Options;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Database;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Budget;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Budget;

/// <summary>
/// Reads the budget and the volume as aggregates in SQL, applies the amount policy and stores
/// the run with its inputs, so the curve of the amount can be shown and explained.
/// </summary>
public sealed class AmountRecomputer(
    NpgsqlDataSource dataSource, SchemeStore schemes, IClock clock, OutboxWriter outbox, IOptions<BudgetOptions> options)
    : IAmountRecomputer
{
    public Task<RecomputeResult?> RecomputeAsync(long schemeId, string reason, CancellationToken cancellationToken) =>
        RecomputeAsync(schemeId, reason, Actor.Worker, cancellationToken);

    public async Task<RecomputeResult?> RecomputeAsync(long schemeId, string reason, Actor by, CancellationToken cancellationToken)
    {
        var scheme = await schemes.FindByIdAsync(schemeId, cancellationToken);
        if (scheme is null)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var today = AmsterdamTime.DateOf(now);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (scheme.PayoutMode == PayoutMode.AfterClose && today > scheme.ClosesOn)
        {
            // Fixed once; asking again shows the final amount as it was fixed.
            return await SchemeClosing.FinalizeAsync(connection, scheme, by, now, cancellationToken)
                ?? await connection.QuerySingleAsync<RecomputeResult>(new CommandDefinition("""
                    select result_cents as current_amount_cents, available_cents, granted_cents, open_units, forecast_units,
                        forecast_method, below_floor, budget_exhausted, reason, computed_at
                    from amount_recomputes where scheme_id = @Id and reason = 'close'
                    """, new { scheme.Id }, cancellationToken: cancellationToken));
        }

        // One statement: a pass over the lines, one over the scheme's requests, status by status (UnitsByStatus:
        // index-only scans of requests_scheme_status_units_keyed), the partial index of approvals not yet
        // granted (payout after close), which still count as open, and last year's share.
        var totals = await connection.QuerySingleAsync<(long Available, long Granted, int OpenUnits, int UnitsSoFar, double? Share)>(
            new CommandDefinition($"""
                with forecast_day as (select @dayOfWindow as day_of_window),
                {ForecastInputs.LastYearShare},
                lines as (
                    select coalesce(sum(amount_cents - expended_cents), 0) as available, coalesce(sum(awarded_cents), 0) as granted
                    from budget_lines
                    where municipality_code = @municipality and year = @Year and funds_appreciation),
                by_status as ({UnitsByStatus.Of("@Id")}),
                volume as (
                    select (coalesce(sum(units) filter (where status = any(@open)), 0) + (
                            select coalesce(sum(units), 0) from requests
                            where scheme_id = @Id and status = {SqlCodes.Literal(RequestStatus.Approved)} and granted_at is null))::int as open_units,
                        {ForecastInputs.UnitsSoFar} as units_so_far
                    from by_status)
                select lines.available, lines.granted, volume.open_units, volume.units_so_far, (select share from last_year_share) as share
                from lines, volume
                """, new
                {
                    municipality = scheme.MunicipalityCode, scheme.Year, scheme.Id, open = RequestLife.OpenUnits.CodesOf(),
                    arrived = RequestLife.ArrivedUnits.CodesOf(), lastYear = scheme.Year - 1,
                    dayOfWindow = ForecastInputs.DayOfWindow(scheme.OpensOn, today),
                }, cancellationToken: cancellationToken));

        var window = new SchemeWindow(scheme.OpensOn, scheme.ClosesOn);
        var forecast = ArrivalForecast.Estimate(window, today, totals.UnitsSoFar, totals.Share);
        var outcome = AmountPolicy.Provisional(new AmountInputs(
            scheme.BaseAmountCents, scheme.FloorAmountCents, scheme.StepCents, totals.Available, totals.Granted,
            totals.OpenUnits, forecast.Units));

        var result = new RecomputeResult(outcome.AmountCents, totals.Available, totals.Granted, totals.OpenUnits,
            forecast.Units, forecast.Method, outcome.BelowFloor, outcome.BudgetExhausted, reason, now);
        await StoreAsync(connection, scheme, result, cancellationToken);
        Telemetry.WaarderingTelemetry.Recomputed(reason);
        return result;
    }

    public async Task RecomputeOpenSchemesAsync(CancellationToken cancellationToken)
    {
        var today = AmsterdamTime.DateOf(clock.GetCurrentInstant());
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var open = await connection.QueryAsync<long>(new CommandDefinition(
            """
            select id from schemes
            where (opens_on <= @today and closes_on >= @today)
               or (payout_mode = @afterClose and closes_on < @today and finalized_at is null)
            """, new { today, afterClose = PayoutMode.AfterClose.Code() },
            cancellationToken: cancellationToken));
        foreach (var id in open)
        {
            await RecomputeAsync(id, RecomputeReasons.Scheduled, cancellationToken);
        }
    }

    /// <summary>
    /// Stores the run and the scheme's new amount. When the amount first reaches the floor or the
    /// budget runs out, policy staff get a mail in the same transaction; they see the flag in the budget view as well.
    /// </summary>
    private async Task StoreAsync(NpgsqlConnection connection, SchemeRecord scheme, RecomputeResult r, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The commit does not wait for the disk (on a busy one that wait was most of a run's time:
        // bench/budget.sh). A crash may lose the last runs, and with them the amount they set and
        // the alert they wrote, all together; the next run computes them again from the requests.
        // Whatever acted on the new amount committed later, and its commit writes this one to disk first.
        await connection.ExecuteAsync(new CommandDefinition("set local synchronous_commit = off", transaction: transaction,
            cancellationToken: cancellationToken));
        // One round trip: the flags as they were (the row locked), the run, and the scheme's new amount.
        var hadAttention = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
            with had as (select below_floor or budget_exhausted as attention from schemes where id = @Id for update),
            stored as (
                insert into amount_recomputes (scheme_id, computed_at, reason, available_cents, granted_cents, open_units,
                    forecast_units, forecast_method, result_cents, below_floor, budget_exhausted)
                values (@Id, @ComputedAt, @Reason, @AvailableCents, @GrantedCents, @OpenUnits, @ForecastUnits,
                    @ForecastMethod, @CurrentAmountCents, @BelowFloor, @BudgetExhausted)),
            changed as (
                update schemes set current_amount_cents = @CurrentAmountCents, below_floor = @BelowFloor, budget_exhausted = @BudgetExhausted
                where id = @Id)
            select attention from had
            """, new
            {
                scheme.Id, r.ComputedAt, r.Reason, r.AvailableCents, r.GrantedCents, r.OpenUnits, r.ForecastUnits,
                r.ForecastMethod, r.CurrentAmountCents, r.BelowFloor, r.BudgetExhausted,
            }, transaction, cancellationToken: cancellationToken));
        if (r.NeedsAttention && !hadAttention && options.Value.PolicyStaffEmail is { Length: > 0 } address)
        {
            await outbox.AddAsync(transaction, new OutboxMail(BudgetAlertMail.Template, BudgetAlertMail.Language, scheme.MunicipalityCode, address, null,
                BudgetAlertMail.For(scheme.MunicipalityName, scheme.Year, new Money(r.CurrentAmountCents), new Money(scheme.FloorAmountCents),
                    r.AvailableCents, new Money(r.GrantedCents), r.OpenUnits, r.ForecastUnits, r.BudgetExhausted), RequestId: null), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
