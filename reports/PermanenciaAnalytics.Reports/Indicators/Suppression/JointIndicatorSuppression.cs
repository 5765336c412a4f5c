using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Indicators.Suppression;

/// <summary>
/// Answers indicator queries of one viewer or one run with small cells suppressed jointly: for each year it reads every
/// table once (through the constructor's <c>tables</c>), suppresses them together with <see cref="JointSuppressor"/> and
/// serves every dimension from that one result, so a reserved grade row is reserved on every page, export and
/// publication, and no total printed elsewhere recovers it. As an <see cref="IIndicatorReader"/> it is the suppression
/// decorator of the seam: publications read through <see cref="Over"/>, the web's viewer reader through it as well.
/// Not thread-safe: one instance per request or run.
/// </summary>
public sealed class JointIndicatorSuppression : IIndicatorReader
{
    private readonly Dictionary<int, IndicatorTables> years = [];
    private readonly Func<int, IndicatorTables> suppressedYear;

    public JointIndicatorSuppression(Func<int, IndicatorTables> tables, int minCell)
        : this(year => JointSuppressor.Apply(tables(year), minCell))
    {
        ArgumentNullException.ThrowIfNull(tables);
    }

    private JointIndicatorSuppression(Func<int, IndicatorTables> suppressedYear) => this.suppressedYear = suppressedYear;

    /// <summary>
    /// Serves years whose tables <paramref name="suppressedTables"/> already returns suppressed with
    /// <see cref="JointSuppressor"/>: for callers that keep the suppressed year between requests (the web caches it until
    /// the data change, since suppressing a city's tables on every page view costs more than the page).
    /// </summary>
    public static JointIndicatorSuppression OverSuppressed(Func<int, IndicatorTables> suppressedTables)
    {
        ArgumentNullException.ThrowIfNull(suppressedTables);
        return new JointIndicatorSuppression(suppressedTables);
    }

    /// <summary>
    /// Suppresses what <paramref name="inner"/> returns, every table of a year together. The engine itself is read once
    /// per year (all tables from one read of the cells); any other reader is asked table by table.
    /// </summary>
    public static JointIndicatorSuppression Over(IIndicatorReader inner, int minCell)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return new JointIndicatorSuppression(year => TablesOf(inner, year), minCell);
    }

    /// <summary>Every table of <paramref name="year"/> as <paramref name="reader"/> gives it, before suppression.</summary>
    public static IndicatorTables TablesOf(IIndicatorReader reader, int year)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader is IndicatorEngine engine
            ? TablesFrom(engine.Target, new IndicatorRequest(year, IndicatorDimension.Institution))
            : TablesFrom((dimension, _) => reader.Query(year, dimension, null), split: null);
    }

    /// <summary>The unsplit rows of <paramref name="dimension"/>, suppressed (see the overload with split rows).</summary>
    public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension dimension, string? institutionDane) =>
        Query(year, dimension, institutionDane, splitRows: false);

    /// <summary>
    /// Rows of <paramref name="dimension"/>; with a split, only the split rows (the unsplit ones are their totals). With an
    /// institution, that institution's rows; a municipal dimension for one institution is that institution's own rows.
    /// </summary>
    public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension dimension, string? institutionDane, bool splitRows)
    {
        if (!years.TryGetValue(year, out var suppressed))
        {
            suppressed = suppressedYear(year);
            years[year] = suppressed;
        }

        var dane = string.IsNullOrWhiteSpace(institutionDane) ? null : institutionDane.Trim();
        IEnumerable<IndicatorRow> Rows(IndicatorDimension d) => suppressed.For(d).Where(r => (r.Split is not null) == splitRows);
        bool Mine(IndicatorRow r) => string.Equals(r.InstitutionDane, dane, StringComparison.Ordinal);
        if (dane is null)
        {
            return [.. Rows(dimension)];
        }

        return dimension switch
        {
            IndicatorDimension.Municipality => [.. Rows(IndicatorDimension.Institution).Where(Mine).Select(r => r with { InstitutionDane = null, InstitutionName = null })],
            IndicatorDimension.MunicipalityMonth => [.. Rows(IndicatorDimension.Month).Where(Mine).Select(r => r with { InstitutionDane = null, InstitutionName = null })],
            IndicatorDimension.Level => LevelsOf([.. Rows(IndicatorDimension.InstitutionGrade).Where(Mine)]),
            _ => [.. Rows(dimension).Where(Mine)],
        };
    }

    /// <summary>One institution's levels from its suppressed grades: a level with a reserved grade is reserved.</summary>
    private static List<IndicatorRow> LevelsOf(List<IndicatorRow> grades) =>
    [
        .. grades.Where(g => g.Grade is not null)
            .GroupBy(g => (Level: GradeCatalog.LevelOf(g.Grade!.Value), g.Split))
            .OrderBy(g => g.Key.Level).ThenBy(g => g.Key.Split, StringComparer.Ordinal)
            .Select(g => g.Any(r => r.Suppressed)
                ? new IndicatorRow { Year = g.First().Year, Level = EducationLevelNames.Key(g.Key.Level), Split = g.Key.Split, Enrolled = 0, Dropouts = 0, TransfersOut = 0, Suppressed = true }
                : new IndicatorRow
                {
                    Year = g.First().Year, Level = EducationLevelNames.Key(g.Key.Level), Split = g.Key.Split,
                    Enrolled = g.Sum(r => r.Enrolled), Dropouts = g.Sum(r => r.Dropouts), TransfersOut = g.Sum(r => r.TransfersOut),
                }),
    ];

    /// <summary>A year's tables from the engine (one read of the cells per split), adding split rows when asked.</summary>
    public static IndicatorTables TablesFrom(Etl.Database.DatabaseTarget target, IndicatorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var engine = new IndicatorEngine(target);
        var whole = engine.Tables(request with { Split = null });
        if (request.Split is null)
        {
            return whole;
        }

        var split = engine.Tables(request);
        var result = whole;
        foreach (var dimension in IndicatorTables.Dimensions)
        {
            result = result.With(dimension, [.. whole.For(dimension), .. split.For(dimension)]);
        }

        return result;
    }

    /// <summary>Builds a year's tables from any per-dimension query (null institution = all), adding split rows when asked.</summary>
    public static IndicatorTables TablesFrom(Func<IndicatorDimension, string?, IReadOnlyList<IndicatorRow>> query, string? split, bool withMonths = true)
    {
        ArgumentNullException.ThrowIfNull(query);
        var result = new IndicatorTables();
        foreach (var dimension in IndicatorTables.Dimensions)
        {
            if (!withMonths && dimension is IndicatorDimension.Month or IndicatorDimension.MunicipalityMonth)
            {
                continue;
            }

            var rows = query(dimension, null).ToList();
            if (split is not null)
            {
                rows.AddRange(query(dimension, split));
            }

            result = result.With(dimension, rows);
        }

        return result;
    }
}
