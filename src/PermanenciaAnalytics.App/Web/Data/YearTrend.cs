using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// A rate year by year up to the year a page shows: the municipality's, or an institution's with the municipality's
/// beside it. Rows come from the viewer's reader (suppression applied) and the engine's cache, so years cost no recompute.
/// </summary>
public sealed record YearTrend(string Subject, IReadOnlyList<int> Years, IReadOnlyDictionary<int, IndicatorRow> Rows, IReadOnlyDictionary<int, IndicatorRow>? Municipal)
{
    public static YearTrend ForMunicipality(IIndicatorReader indicators, LoadedYears loaded, int year)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var years = YearsUpTo(loaded, year);
        return new YearTrend("Municipio", years, Totals(indicators, years, IndicatorDimension.Municipality, null), null);
    }

    public static YearTrend ForInstitution(IIndicatorReader indicators, LoadedYears loaded, int year, string dane, string name)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var years = YearsUpTo(loaded, year);
        return new YearTrend(name, years, Totals(indicators, years, IndicatorDimension.Institution, dane),
            Totals(indicators, years, IndicatorDimension.Municipality, null));
    }

    private static List<int> YearsUpTo(LoadedYears loaded, int year)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return [.. loaded.All.Where(y => y <= year).Append(year).Distinct().Order()];
    }

    private static Dictionary<int, IndicatorRow> Totals(IIndicatorReader indicators, List<int> years, IndicatorDimension dimension, string? dane)
    {
        var rows = new Dictionary<int, IndicatorRow>();
        foreach (var y in years)
        {
            var row = indicators.Query(y, dimension, dane).FirstOrDefault(r => dane is null || r.InstitutionDane == dane);
            if (row is { Suppressed: true } or { Enrolled: > 0 })
            {
                rows[y] = row;
            }
        }

        return rows;
    }
}
