using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>
/// Sums the SQL count cells into the requested dimension (rule 7: counts first, rate last) and sorts by key,
/// grade numerically. A group with transfers but no attributed students is kept (enrolled 0, no rate), so the
/// transfers of an institution add up across its grades.
/// </summary>
internal static class IndicatorAggregator
{
    public static List<IndicatorRow> Aggregate(int year, IndicatorDimension by, IReadOnlyList<IndicatorCell> cells)
    {
        return by is IndicatorDimension.Month or IndicatorDimension.MunicipalityMonth
            ? CumulativeByMonth(year, cells, perInstitution: by == IndicatorDimension.Month)
            : cells
                .GroupBy(c => KeyOf(by, c))
                .Select(g => new IndicatorRow
                {
                    Year = year,
                    InstitutionDane = g.Key.Institution,
                    SedeDane = g.Key.Sede,
                    Grade = g.Key.Grade,
                    Level = g.Key.Level is { } level ? EducationLevelNames.Key(level) : null,
                    Split = g.Key.Split,
                    Enrolled = g.Sum(c => c.Enrolled),
                    Dropouts = g.Sum(c => c.Dropouts),
                    TransfersOut = g.Sum(c => c.Transfers),
                })
                .OrderBy(r => r.InstitutionDane, StringComparer.Ordinal)
                .ThenBy(r => r.SedeDane, StringComparer.Ordinal)
                .ThenBy(r => r.Grade)
                .ThenBy(r => r.Level is null ? -1 : LevelOrder(r.Level))
                .ThenBy(r => r.Split, StringComparer.Ordinal)
                .ToList();
    }

    private static GroupKey KeyOf(IndicatorDimension by, IndicatorCell cell) => by switch
    {
        IndicatorDimension.Institution => new GroupKey(cell.InstitutionDane, null, null, null, cell.Split),
        IndicatorDimension.InstitutionGrade => new GroupKey(cell.InstitutionDane, null, cell.Grade, null, cell.Split),
        IndicatorDimension.Sede => new GroupKey(cell.InstitutionDane, cell.SedeDane ?? "", null, null, cell.Split),
        IndicatorDimension.Level => new GroupKey(null, null, null, GradeCatalog.LevelOf(cell.Grade), cell.Split),
        IndicatorDimension.Municipality => new GroupKey(null, null, null, null, cell.Split),
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Unknown indicator dimension."),
    };

    /// <summary>
    /// Month m of institution I: enrolled = I's attributed students; dropouts and transfers = those whose month is ≤ m.
    /// Months 1–12 for every institution, so series of different institutions line up. Without
    /// <paramref name="perInstitution"/> all institutions form one group (municipal series, institution null).
    /// </summary>
    private static List<IndicatorRow> CumulativeByMonth(int year, IReadOnlyList<IndicatorCell> cells, bool perInstitution)
    {
        var rows = new List<IndicatorRow>();
        foreach (var group in cells.GroupBy(c => (InstitutionDane: perInstitution ? c.InstitutionDane : null, c.Split))
                     .OrderBy(g => g.Key.InstitutionDane, StringComparer.Ordinal)
                     .ThenBy(g => g.Key.Split, StringComparer.Ordinal))
        {
            var enrolled = group.Sum(c => c.Enrolled);
            for (var month = 1; month <= 12; month++)
            {
                rows.Add(new IndicatorRow
                {
                    Year = year,
                    InstitutionDane = group.Key.InstitutionDane,
                    Month = month,
                    Split = group.Key.Split,
                    Enrolled = enrolled,
                    Dropouts = group.Where(c => c.Month <= month).Sum(c => c.Dropouts),
                    TransfersOut = group.Where(c => c.Month <= month).Sum(c => c.Transfers),
                });
            }
        }

        return rows.OrderBy(r => r.InstitutionDane, StringComparer.Ordinal).ThenBy(r => r.Month)
            .ThenBy(r => r.Split, StringComparer.Ordinal).ToList();
    }

    private static int LevelOrder(string key) =>
        Enum.GetValues<EducationLevel>().ToList().FindIndex(l => EducationLevelNames.Key(l) == key);

    private sealed record GroupKey(string? Institution, string? Sede, int? Grade, EducationLevel? Level, string? Split);
}
