namespace Waardering.Web.Requests;

/// <summary>How a submission ended, before it becomes an HTTP answer.</summary>
public abstract record SubmissionResult
{
    private SubmissionResult()
    {
    }

    public sealed record Created(SubmittedRequest Request) : SubmissionResult;

    /// <summary>400: a field is malformed.</summary>
    public sealed record Invalid(FieldErrors Errors) : SubmissionResult;

    /// <summary>422: well-formed, but the scheme's rules or an earlier Idempotency-Key refuse it.</summary>
    public sealed record Refused(FieldErrors Errors, string Title) : SubmissionResult;

    /// <summary>429: too many requests for this recipient without sign-in; try again after <paramref name="RetryAfter"/>.</summary>
    public sealed record Throttled(TimeSpan RetryAfter) : SubmissionResult;

    /// <summary>409, for staff only: this recipient already has a live request in this scheme year, <paramref name="ExistingReference"/>.</summary>
    public sealed record Duplicate(string? ExistingReference) : SubmissionResult;
}
