using Waardering.Data.Database;
using Waardering.Domain.Requests;

namespace Waardering.Data.Budget;

/// <summary>
/// A scheme's units per status as rows <c>(status, units)</c>, one for every status of the
/// vocabulary (units null where none), each summed over its own range of
/// <c>requests_scheme_status_units_keyed</c> (scheme, status) by a plain aggregate. Grouping a
/// million index entries by status costs as much again as reading them (the group aggregate
/// compares every entry with the one before; bench/budget.sh), while the key's range does the same
/// split for free, and the ranges of all statuses together are read once. The CHECK on
/// <c>requests.status</c> holds its values to the enum, so no request falls outside the rows.
/// The status is a literal so that the planner, from the column's statistics, reads a large
/// range with parallel workers and a small one without starting any.
/// </summary>
public static class UnitsByStatus
{
    /// <summary>The rows for the scheme whose id is the SQL expression <paramref name="schemeId"/> (a parameter such as <c>@Id</c>).</summary>
    public static string Of(string schemeId) => string.Join("\n    union all ", Enum.GetValues<RequestStatus>().Select(status =>
        $"select {SqlCodes.Literal(status)} as status, (select sum(units) from requests where scheme_id = {schemeId} and status = {SqlCodes.Literal(status)}) as units"));
}
