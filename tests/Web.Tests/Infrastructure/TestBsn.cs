namespace Waardering.Web.Tests.Infrastructure;

/// <summary>
/// Numbers that pass the 11-proef and are unique within a test run (one request per recipient
/// and year is enforced on the BSN): eight digits count up from a random start, the ninth is
/// the check digit.
/// </summary>
public static class TestBsn
{
    private static long _next = Random.Shared.Next(10_000_000, 50_000_000);

    public static string New()
    {
        while (true)
        {
            var first = Interlocked.Increment(ref _next).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (9 - i) * (first[i] - '0');
            }

            // 11-proef: sum - last ≡ 0 (mod 11), so last = sum mod 11, which must be a single digit.
            if (sum % 11 < 10)
            {
                return first + (sum % 11);
            }
        }
    }

    /// <summary>A number of nine digits that fails the 11-proef: a valid one with another last digit.</summary>
    public static string FailingTheElevenTest()
    {
        var valid = New();
        return valid[..^1] + (char)('0' + ((valid[^1] - '0' + 1) % 10));
    }
}
