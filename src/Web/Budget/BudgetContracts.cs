using Waardering.Domain.Budget;

namespace Waardering.Web.Budget;

/// <summary>
/// Body of <c>PUT /api/budget-lines/{municipality}/{year}/{code}</c>. A SPUK line names its grant
/// (<c>grantCode</c>, e.g. GALA) and may name the last year the grant funds (SPUK GALA: 2026).
/// </summary>
public sealed record BudgetLineBody(
    string? Name, string? Source, long? AmountCents, bool? FundsAppreciation, string? GrantCode = null, int? GrantLastYear = null);

/// <summary>Body of <c>POST /api/expenditures</c>: collective costs, such as the caregivers' week, charged to a line.</summary>
public sealed record ExpenditureBody(string? Municipality, int? Year, string? LineCode, long? AmountCents, string? Description)
    : IForMunicipality;

public sealed record BudgetLineView(
    string Municipality, int Year, string Code, string Name, FundingSource Source, string? GrantCode, int? GrantLastYear,
    long AmountCents, bool FundsAppreciation);
