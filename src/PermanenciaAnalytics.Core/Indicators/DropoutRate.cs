namespace PermanenciaAnalytics.Core.Indicators;

/// <summary>
/// docs/design.md §5 rule 7: 100 × numerator / denominator in <see cref="decimal"/>, rounded half away from zero
/// to two decimals on the exact value (5 of 32 → 15.625 → 15.63). Null when the denominator is zero.
/// </summary>
public static class DropoutRate
{
    public static decimal? Percent(long numerator, long denominator)
    {
        if (denominator <= 0)
        {
            return null;
        }

        var exact = 100m * numerator / denominator;
        return Math.Round(exact, 2, MidpointRounding.AwayFromZero);
    }
}
