using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>
/// The indicators engine, the one implementation of <see cref="IIndicatorReader"/> over the database: indicator rows
/// for one year and dimension (docs/design.md §5–§6) from the outcomes <c>recompute</c> derived. The cell queries
/// (<c>Sql/{Dialect}/Indicators/*Cells.sql</c>) count by SQL GROUP BY with the split expression from the whitelist
/// spliced in; <see cref="IndicatorAggregator"/> sums them per dimension and rates come from
/// <see cref="DropoutRate.Percent"/>. Stateless: the CLI, the web and the publications all read through it, so a page,
/// an API answer and a publication can never disagree.
/// </summary>
public sealed class IndicatorEngine(DatabaseTarget target) : IIndicatorReader
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(IndicatorEngine).Assembly);

    public DatabaseTarget Target => target;

    public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension dimension, string? institutionDane) =>
        Query(new IndicatorRequest(year, dimension, InstitutionDane: institutionDane));

    /// <summary>The rows of a full request (split, measure, reference date).</summary>
    public IReadOnlyList<IndicatorRow> Query(IndicatorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        using var connection = target.Open();
        var cells = ReadCells(connection, target.Dialect, request);
        return Named(connection, target.Dialect, IndicatorAggregator.Aggregate(request.Year, request.By, cells));
    }

    /// <summary>
    /// Every table of the request's year, split and measure (months only for the intra-annual measure) from one read of
    /// the cells, for joint small-cell suppression; <see cref="IndicatorRequest.By"/> and the institution are ignored.
    /// </summary>
    public IndicatorTables Tables(IndicatorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request with { By = IndicatorDimension.Institution });
        using var connection = target.Open();
        var cells = ReadCells(connection, target.Dialect, request with { InstitutionDane = null });
        var tables = new IndicatorTables();
        foreach (var dimension in IndicatorTables.Dimensions)
        {
            if (request.Measure == IndicatorMeasure.InterAnnual && dimension is IndicatorDimension.Month or IndicatorDimension.MunicipalityMonth)
            {
                continue;
            }

            tables = tables.With(dimension, Named(connection, target.Dialect, IndicatorAggregator.Aggregate(request.Year, dimension, cells)));
        }

        return tables;
    }

    /// <summary>
    /// The sector a request reads (rule 9): its own choice, else the official sector once any SECTOR is loaded; and
    /// whether that leaves some loaded institution out.
    /// </summary>
    public (IndicatorSector Sector, bool LeavesOut) EffectiveSector(IndicatorSector? requested)
    {
        using var connection = target.Open();
        var filter = SectorFilter.Read(connection, target.Dialect, requested);
        return (filter.Effective, filter.LeavesOut);
    }

    /// <summary>Throws <see cref="ArgumentException"/> for an unknown split or months of the inter-annual measure.</summary>
    public static void Validate(IndicatorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Split is not null && !IndicatorSplit.IsKnown(request.Split))
        {
            throw new ArgumentException($"Unknown split '{request.Split}'; use one of {string.Join(", ", IndicatorSplit.Names)}.", nameof(request));
        }

        if (request.Source == IndicatorSource.Simpade && (request.Measure == IndicatorMeasure.InterAnnual || request.Split is not null))
        {
            throw new ArgumentException("Las deserciones SIMPADE (--source simpade) son intraanuales y no admiten --split: SIMPADE no trae la ubicación atribuida por la que se desagrega.", nameof(request));
        }

        if (request.Measure == IndicatorMeasure.InterAnnual && request.By is IndicatorDimension.Month or IndicatorDimension.MunicipalityMonth)
        {
            throw new ArgumentException("Inter-annual dropout has no month: it compares the final cut of Y−1 with year Y.", nameof(request));
        }
    }

    /// <summary>A cell query's text with the split expression in place of its <c>/*split*/</c> markers.</summary>
    internal static string CellSql(SqlDialect dialect, string name, string? split, string gradeColumn)
    {
        var text = Scripts.Read(dialect, "Indicators", name);
        if (split is null)
        {
            return text;
        }

        var expression = IndicatorSplit.Expression(dialect, split, gradeColumn);
        return text.Replace("NULL /*split*/", expression, StringComparison.Ordinal)
            .Replace("/*split-group*/", ", " + expression, StringComparison.Ordinal);
    }

    private static List<IndicatorCell> ReadCells(DbConnection connection, SqlDialect dialect, IndicatorRequest request)
    {
        var parameters = new
        {
            year = request.Year,
            institution = string.IsNullOrWhiteSpace(request.InstitutionDane) ? null : request.InstitutionDane.Trim(),
            reference = DialectParameters.Date(dialect, request.EffectiveReferenceDate),
        };
        var cells = new List<IndicatorCell>();
        if (request.Measure == IndicatorMeasure.InterAnnual)
        {
            cells.AddRange(QueryCells(connection, CellSql(dialect, "InterAnnualCells", request.Split, "o.grade"), parameters));
            return SectorFilter.Read(connection, dialect, request.Sector).Apply(cells);
        }

        var outcomes = QueryCells(connection, CellSql(dialect, "IntraAnnualCells", request.Split, "o.grade"), parameters);
        if (request.Source == IndicatorSource.Simpade)
        {
            // SIMAT gives the denominator only; the dropouts (and their months) are SIMPADE's.
            cells.AddRange(outcomes.Select(c => c with { Dropouts = 0, Month = null }));
            cells.AddRange(QueryCells(connection, CellSql(dialect, "SimpadeCells", null, "d.grade"), parameters));
        }
        else
        {
            cells.AddRange(outcomes);
        }

        cells.AddRange(QueryCells(connection, CellSql(dialect, "TransferCells", request.Split, "t.grade"), parameters));
        return SectorFilter.Read(connection, dialect, request.Sector).Apply(cells);
    }

    private static IEnumerable<IndicatorCell> QueryCells(DbConnection connection, string sql, object parameters) =>
        connection.Query<CellRow>(sql, parameters, commandTimeout: 300)
            .Select(r => new IndicatorCell(r.institution_dane, r.sede_dane, (int)r.grade, r.split_value,
                r.month is null ? null : (int)r.month.Value, r.enrolled, r.dropouts ?? 0, r.transfers ?? 0));

    private static List<IndicatorRow> Named(DbConnection connection, SqlDialect dialect, List<IndicatorRow> rows)
    {
        if (rows.Count == 0 || rows.All(r => r.InstitutionDane is null))
        {
            return rows;
        }

        var names = connection.Query<(string Dane, string? Name)>(Scripts.Read(dialect, "Indicators", "InstitutionNames"))
            .ToDictionary(n => n.Dane, n => n.Name, StringComparer.Ordinal);
        return rows.Select(r => r.InstitutionDane is not null && names.TryGetValue(r.InstitutionDane, out var name)
            ? r with { InstitutionName = name }
            : r).ToList();
    }

#pragma warning disable IDE1006, CA1812 // Dapper maps snake_case columns onto this private row type.
    private sealed class CellRow
    {
        public string institution_dane { get; set; } = "";

        public string? sede_dane { get; set; }

        public long grade { get; set; }

        public string? split_value { get; set; }

        public long? month { get; set; }

        public long enrolled { get; set; }

        public long? dropouts { get; set; }

        public long? transfers { get; set; }
    }
#pragma warning restore IDE1006, CA1812
}
