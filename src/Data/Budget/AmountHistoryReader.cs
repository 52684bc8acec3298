using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Domain.Budget;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Budget;

/// <summary>One recompute of the amount with the inputs it came from.</summary>
public sealed record AmountHistoryEntry(
    Instant ComputedAt, string Reason, long AvailableCents, long GrantedCents, int OpenUnits, int ForecastUnits,
    string ForecastMethod, long ResultCents, bool BelowFloor, bool BudgetExhausted);

/// <summary>The scheme's terms for its amount, and where the amount stands now.</summary>
public sealed record AmountTerms(
    long BaseAmountCents, long FloorAmountCents, long StepCents, SplitMode SplitMode, long CurrentAmountCents,
    bool BelowFloor, bool BudgetExhausted);

/// <param name="AvailableCents">Today's budget for the amount: the appreciation lines less their collective costs, as the recompute reads it.</param>
/// <param name="Runs">How many recomputes there were, also when <paramref name="Entries"/> holds only those that moved the amount.</param>
public sealed record AmountHistory(AmountTerms Terms, long AvailableCents, int Runs, IReadOnlyList<AmountHistoryEntry> Entries)
{
    /// <summary>The amount per unit if this many units came, within today's budget.</summary>
    public WhatIfAnswer WhatIf(int units) =>
        AmountWhatIf.Answer(Terms.BaseAmountCents, Terms.FloorAmountCents, Terms.StepCents, AvailableCents, units);
}

/// <summary>The amount's history, its terms and today's budget for it, in one statement.</summary>
public sealed class AmountHistoryReader(NpgsqlDataSource dataSource)
{
    /// <summary>Every recompute, oldest first; null when the municipality has no scheme that year.</summary>
    public Task<AmountHistory?> ReadAsync(string municipalityCode, int year, CancellationToken cancellationToken) =>
        ReadAsync(municipalityCode, year, changesOnly: false, cancellationToken);

    /// <summary>
    /// The recomputes that moved the amount (or its flags), and the last: the steps of its curve.
    /// A season at 10^6 requests holds some 12,000 recomputes (hourly, and one per 100 requests).
    /// </summary>
    public Task<AmountHistory?> ReadChangesAsync(string municipalityCode, int year, CancellationToken cancellationToken) =>
        ReadAsync(municipalityCode, year, changesOnly: true, cancellationToken);

    private async Task<AmountHistory?> ReadAsync(string municipalityCode, int year, bool changesOnly, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // One row per recompute, or one row without a recompute; the scheme's terms and the budget
        // repeat on each. amount_recomputes_scheme (scheme_id, computed_at) gives the runs in order.
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition("""
            with lines as (
                select coalesce(sum(amount_cents - expended_cents), 0) as available_cents
                from budget_lines where municipality_code = @municipalityCode and year = @year and funds_appreciation),
            runs as (
                select a.*, count(*) over () as runs,
                    (a.result_cents, a.below_floor, a.budget_exhausted) is distinct from
                        (lag(a.result_cents) over w, lag(a.below_floor) over w, lag(a.budget_exhausted) over w)
                        or lead(a.id) over w is null as moved
                from amount_recomputes a join schemes s on s.id = a.scheme_id
                where s.municipality_code = @municipalityCode and s.year = @year
                window w as (order by a.computed_at, a.id))
            select s.base_amount_cents, s.floor_amount_cents, s.step_cents, s.split_mode, s.current_amount_cents,
                s.below_floor as scheme_below_floor, s.budget_exhausted as scheme_budget_exhausted, lines.available_cents,
                coalesce(r.runs, 0)::int as runs, r.computed_at, r.reason, r.available_cents as run_available_cents, r.granted_cents,
                r.open_units, r.forecast_units, r.forecast_method, r.result_cents, r.below_floor, r.budget_exhausted
            from schemes s cross join lines
            left join runs r on r.scheme_id = s.id and (not @changesOnly or r.moved)
            where s.municipality_code = @municipalityCode and s.year = @year
            order by r.computed_at, r.id
            """, new { municipalityCode, year, changesOnly }, cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var first = rows[0];
        var terms = new AmountTerms(first.BaseAmountCents, first.FloorAmountCents, first.StepCents, Codes.Parse<SplitMode>(first.SplitMode),
            first.CurrentAmountCents, first.SchemeBelowFloor, first.SchemeBudgetExhausted);
        var entries = rows.Where(r => r.ComputedAt is not null).Select(r => new AmountHistoryEntry(
            r.ComputedAt!.Value, r.Reason!, r.RunAvailableCents, r.GrantedCents, r.OpenUnits, r.ForecastUnits,
            r.ForecastMethod!, r.ResultCents, r.BelowFloor, r.BudgetExhausted)).ToList();
        return new AmountHistory(terms, first.AvailableCents, first.Runs, entries);
    }

    private sealed record Row
    {
        public long BaseAmountCents { get; init; }
        public long FloorAmountCents { get; init; }
        public long StepCents { get; init; }
        public string SplitMode { get; init; } = "";
        public long CurrentAmountCents { get; init; }
        public bool SchemeBelowFloor { get; init; }
        public bool SchemeBudgetExhausted { get; init; }
        public long AvailableCents { get; init; }
        public int Runs { get; init; }
        public Instant? ComputedAt { get; init; }
        public string? Reason { get; init; }
        public long RunAvailableCents { get; init; }
        public long GrantedCents { get; init; }
        public int OpenUnits { get; init; }
        public int ForecastUnits { get; init; }
        public string? ForecastMethod { get; init; }
        public long ResultCents { get; init; }
        public bool BelowFloor { get; init; }
        public bool BudgetExhausted { get; init; }
    }
}
