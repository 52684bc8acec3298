using System.Globalization;

namespace Waardering.Domain;

/// <summary>An amount in whole euro cents, never negative. Money is never a floating-point number.</summary>
public readonly record struct Money
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public Money(long cents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cents);
        Cents = cents;
    }

    public long Cents { get; }

    public decimal Euros => Cents / 100m;

    public static Money FromEuros(decimal euros)
    {
        var cents = euros * 100m;
        if (cents != decimal.Truncate(cents))
        {
            throw new ArgumentException("An amount in euros has at most two decimals.", nameof(euros));
        }

        return new Money((long)cents);
    }

    /// <summary>As on a Dutch letter: € 150,00.</summary>
    public override string ToString() => "€ " + Euros.ToString("N2", Dutch);
}
