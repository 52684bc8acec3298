namespace Waardering.Web.Payouts;

public sealed record CreateBatchBody(string? Municipality, int? Year) : IForMunicipality;

public sealed record ReturnBody(string? Reason);

public sealed record IbanBody(string? Iban);
