namespace Waardering.Web.Tests.Infrastructure;

/// <summary>Random numbers that pass the 11-proef, so that each test's recipients differ.</summary>
public static class TestBsn
{
    public static string New()
    {
        while (true)
        {
            var digits = new int[9];
            for (var i = 0; i < 8; i++)
            {
                digits[i] = Random.Shared.Next(i == 0 ? 1 : 0, 10);
            }

            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (9 - i) * digits[i];
            }

            // 11-proef: sum - last ≡ 0 (mod 11), so last = sum mod 11, which must be a digit.
            var last = sum % 11;
            if (last < 10)
            {
                digits[8] = last;
                return string.Concat(digits);
            }
        }
    }
}
