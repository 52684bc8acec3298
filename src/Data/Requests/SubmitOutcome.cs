namespace Waardering.Data.Requests;

/// <summary>How storing a request ended.</summary>
public abstract record SubmitOutcome
{
    private SubmitOutcome()
    {
    }

    /// <summary>Stored as the scheme's <paramref name="Number"/>th request; the answer to give (also kept for a retry).</summary>
    public sealed record Stored(long SchemeId, int Number, string ResponseJson) : SubmitOutcome;

    /// <summary>The same Idempotency-Key with the same body came before: give its answer again.</summary>
    public sealed record Replayed(string ResponseJson) : SubmitOutcome;

    /// <summary>The same Idempotency-Key came before with another body.</summary>
    public sealed record KeyReusedWithOtherBody : SubmitOutcome;

    /// <summary>The scheme's rules or amount changed since the request was checked against it: nothing was stored; check it again.</summary>
    public sealed record SchemeChanged : SubmitOutcome;

    /// <summary>This recipient already has a live request in this scheme year: <paramref name="ExistingReference"/>.</summary>
    public sealed record DuplicateRecipient(string? ExistingReference) : SubmitOutcome;
}
