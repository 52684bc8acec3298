using System.Globalization;
using Waardering.Data.Budget;
using Waardering.Domain.Budget;
using Waardering.Web.Schemes;

namespace Waardering.Web.Budget;

public static class WhatIfEndpoints
{
    /// <summary>The amount per unit if <c>units</c> requests (or caregivers, by the split mode) came, within today's budget.</summary>
    public static async Task<Results<Ok<WhatIfAnswer>, NotFound, ValidationProblem>> WhatIfAsync(
        string municipality, int year, string? units, AmountHistoryReader reader, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        var count = CheckUnits(units, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var history = await reader.ReadAsync(municipality, year, cancellationToken);
        return history is null ? TypedResults.NotFound() : TypedResults.Ok(history.WhatIf(count));
    }

    /// <summary>The number of units asked about: a whole number from 1 to 1,000,000 (thousands may be written with dots or commas).</summary>
    public static int CheckUnits(string? units, FieldErrors errors, string field = "units")
    {
        var text = units?.Trim().Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= AmountWhatIf.MinUnits and <= AmountWhatIf.MaxUnits)
        {
            return count;
        }

        errors.Add(field, $"Vul een heel getal in van {AmountWhatIf.MinUnits} tot {AmountWhatIf.MaxUnits:N0}.".Replace(",", ".", StringComparison.Ordinal));
        return 0;
    }
}
