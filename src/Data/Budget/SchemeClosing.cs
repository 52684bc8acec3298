using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Database;
using Waardering.Data.Requests;
using Waardering.Data.Schemes;
using Waardering.Domain.Budget;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Budget;

/// <summary>
/// Payout mode afterClose: when the window has closed, one final amount is fixed for every
/// approved request, min(base, available / units) rounded down to the step, and all awards are
/// charged at once. Everyone gets the same; nobody's amount depended on when they applied.
/// </summary>
public static class SchemeClosing
{
    /// <summary>The trail's action when closing finds no budget left for an approved request.</summary>
    public const string BudgetRanOut = "budget-ran-out-at-close";

    public static async Task<RecomputeResult?> FinalizeAsync(
        NpgsqlConnection connection, SchemeRecord scheme, Actor by, Instant now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var open = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select finalized_at is null from schemes where id = @Id for update", new { scheme.Id }, transaction,
            cancellationToken: cancellationToken));
        if (!open)
        {
            return null;
        }

        // The lines locked in the order AwardCharges locks them, so a rolling approval elsewhere queues behind this.
        var lines = (await connection.QueryAsync<(long Id, long Remaining)>(new CommandDefinition("""
            select id, amount_cents - expended_cents - awarded_cents from budget_lines
            where municipality_code = @MunicipalityCode and year = @Year and funds_appreciation
            order by (source = @spuk) desc, coalesce(grant_last_year, 9999), code
            for update
            """, new { scheme.MunicipalityCode, scheme.Year, spuk = FundingSource.Spuk.Code() }, transaction,
            cancellationToken: cancellationToken))).ToList();
        var units = await connection.ExecuteScalarAsync<int>(new CommandDefinition($"""
            select coalesce(sum(units), 0)::int from requests
            where scheme_id = @Id and status = {SqlCodes.Literal(RequestStatus.Approved)} and granted_at is null
            """, new { scheme.Id }, transaction, cancellationToken: cancellationToken));
        var available = lines.Sum(l => l.Remaining);
        var capacity = lines.Sum(l => Math.Max(0, l.Remaining));
        var final = AmountPolicy.Final(scheme.BaseAmountCents, scheme.FloorAmountCents, scheme.StepCents, available, units);

        await ClosingPlan.CreateAsync(transaction, scheme.Id, scheme.SplitMode, final.AmountCents, capacity, cancellationToken);
        await ClosingPlan.GrantWhatStillFitsAsync(transaction, capacity, cancellationToken);
        await ClosingPlan.WriteGrantsAsync(transaction, lines, final.AmountCents, now, cancellationToken);
        // Only below the floor can the budget run out here; those requests wait for budget.
        await RequestTransitions.ChangeAllAsync(transaction, RequestStatus.Approved, RequestStatus.WaitingForBudget,
            "q.id = r.id and not q.granted", new { }, new TransitionEvent(by, BudgetRanOut, now, new { status = RequestStatus.WaitingForBudget.Code() }),
            joins: "closing_requests q", cancellationToken: cancellationToken);

        var result = new RecomputeResult(final.AmountCents, available, 0, units, 0, ArrivalForecast.None, final.BelowFloor,
            BudgetExhausted: false, RecomputeReasons.Close, now);
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into amount_recomputes (scheme_id, computed_at, reason, available_cents, granted_cents, open_units,
                forecast_units, forecast_method, result_cents, below_floor, budget_exhausted)
            values (@Id, @now, @Reason, @AvailableCents, 0, @OpenUnits, 0, @ForecastMethod, @CurrentAmountCents, @BelowFloor, false);
            update schemes set current_amount_cents = @CurrentAmountCents, below_floor = @BelowFloor, finalized_at = @now
            where id = @Id;
            """, new
            {
                scheme.Id, now, result.Reason, result.AvailableCents, result.OpenUnits, result.ForecastMethod,
                result.CurrentAmountCents, result.BelowFloor,
            }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
