using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Decisions;
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

        var requests = (await connection.QueryAsync<(Guid Id, int Units)>(new CommandDefinition("""
            select id, units from requests where scheme_id = @Id and status = @approved and granted_at is null
            order by decided_at, id
            """, new { scheme.Id, approved = RequestStatus.Approved.Code() }, transaction, cancellationToken: cancellationToken))).ToList();
        var available = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            select coalesce(sum(amount_cents - expended_cents - awarded_cents), 0) from budget_lines
            where municipality_code = @MunicipalityCode and year = @Year and funds_appreciation
            """, new { scheme.MunicipalityCode, scheme.Year }, transaction, cancellationToken: cancellationToken));
        var units = requests.Sum(r => r.Units);
        var final = AmountPolicy.Final(scheme.BaseAmountCents, scheme.FloorAmountCents, scheme.StepCents, available, units);

        foreach (var request in requests)
        {
            var weights = (await connection.QueryAsync<int>(new CommandDefinition(
                "select weight from request_caregivers where request_id = @Id order by position", new { request.Id },
                transaction, cancellationToken: cancellationToken))).ToList();
            var amounts = scheme.SplitMode.Amounts(final.AmountCents, weights);
            // Only below the floor can the budget run out here; those requests wait for budget.
            if (!await AwardCharges.GrantAsync(transaction, request.Id, scheme.MunicipalityCode, scheme.Year,
                    final.AmountCents, amounts, now, cancellationToken))
            {
                await RequestTransitions.ChangeAsync(transaction, request.Id, RequestStatus.Approved, RequestStatus.WaitingForBudget,
                    new TransitionEvent(by, BudgetRanOut, now, new { status = RequestStatus.WaitingForBudget.Code() }),
                    cancellationToken: cancellationToken);
            }
        }

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
