using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Official;

namespace PermanenciaAnalytics.Reports.Official;

/// <summary>
/// Our dropout counts of one municipality and year by MEN's levels, read from the indicator engine, never derived again:
/// when every loaded institution is in the municipality they are the engine's own <see cref="IndicatorDimension.Level"/>
/// rows and its <see cref="IndicatorDimension.Municipality"/> row (total = the whole universe, grades 0–11 and 99); when
/// institutions of several municipalities are loaded, the engine's institution × grade rows of the municipality summed
/// by level (counts first, then the rate: docs/design.md §5 rule 7). Empty for a year without outcomes.
/// </summary>
public static class OurMunicipalRates
{
    /// <summary>Level key (<see cref="MenRateLevels.Keys"/>) → the engine's counts for it.</summary>
    /// <param name="indicators">The engine (or a cache of it).</param>
    /// <param name="year">School year.</param>
    /// <param name="municipalityCode">5-digit DIVIPOLA code.</param>
    /// <param name="loadedMunicipalities">Municipalities of the loaded institutions (<see cref="LoadedMunicipalities"/>).</param>
    public static IReadOnlyDictionary<string, IndicatorRow> Read(IIndicatorReader indicators, int year, string municipalityCode, IReadOnlyCollection<string> loadedMunicipalities)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(loadedMunicipalities);
        if (!loadedMunicipalities.Contains(municipalityCode))
        {
            return new Dictionary<string, IndicatorRow>();
        }

        var rows = loadedMunicipalities.Count == 1
            ? EngineAggregates(indicators, year)
            : SummedGrades(indicators, year, municipalityCode);
        return rows
            .Where(r => r.Key == MenRateLevels.Total || MenRateLevels.Keys.Contains(r.Key))
            .Where(r => r.Value.Enrolled > 0)
            .ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
    }

    private static IEnumerable<KeyValuePair<string, IndicatorRow>> EngineAggregates(IIndicatorReader indicators, int year)
    {
        foreach (var row in indicators.Query(year, IndicatorDimension.Municipality, null))
        {
            yield return new(MenRateLevels.Total, row);
        }

        foreach (var row in indicators.Query(year, IndicatorDimension.Level, null).Where(r => r.Level is not null))
        {
            yield return new(row.Level!, row);
        }
    }

    private static IEnumerable<KeyValuePair<string, IndicatorRow>> SummedGrades(IIndicatorReader indicators, int year, string municipalityCode)
    {
        var grades = indicators.Query(year, IndicatorDimension.InstitutionGrade, null)
            .Where(r => r.Grade is not null && DaneMunicipality.Of(r.InstitutionDane) == municipalityCode)
            .ToList();
        if (grades.Count == 0)
        {
            yield break;
        }

        yield return new(MenRateLevels.Total, Sum(year, null, grades));
        foreach (var level in grades.GroupBy(r => EducationLevelNames.Key(GradeCatalog.LevelOf(r.Grade!.Value))))
        {
            yield return new(level.Key, Sum(year, level.Key, level));
        }
    }

    private static IndicatorRow Sum(int year, string? level, IEnumerable<IndicatorRow> rows)
    {
        var list = rows.ToList();
        return new IndicatorRow
        {
            Year = year,
            Level = level,
            Enrolled = list.Sum(r => r.Enrolled),
            Dropouts = list.Sum(r => r.Dropouts),
            TransfersOut = list.Sum(r => r.TransfersOut),
        };
    }
}
