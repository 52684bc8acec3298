namespace Waardering.Domain;

/// <summary>Four-digit postcodes from and to, both included: where a scheme's recipients live.</summary>
public readonly record struct PostcodeRange
{
    public PostcodeRange(int from, int to)
    {
        if (from is < 1000 or > 9999 || to is < 1000 or > 9999 || from > to)
        {
            throw new ArgumentOutOfRangeException(nameof(from), "A range runs from 1000-9999 to an equal or higher 1000-9999.");
        }

        (From, To) = (from, to);
    }

    public int From { get; }

    public int To { get; }

    public bool Contains(Postcode postcode) => postcode.Digits >= From && postcode.Digits <= To;
}
