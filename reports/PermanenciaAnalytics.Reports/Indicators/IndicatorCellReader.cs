using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>Runs the cell queries of one measure, with the split expression from the whitelist spliced in.</summary>
internal static class IndicatorCellReader
{
    public static List<IndicatorCell> Read(DbConnection connection, SqlDialect dialect, IndicatorRequest request)
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
            cells.AddRange(Query(connection, Sql(dialect, "InterAnnualCells", request.Split, "o.grade"), parameters));
            return cells;
        }

        cells.AddRange(Query(connection, Sql(dialect, "IntraAnnualCells", request.Split, "o.grade"), parameters));
        cells.AddRange(Query(connection, Sql(dialect, "TransferCells", request.Split, "t.grade"), parameters));
        return cells;
    }

    /// <summary>The query text with the split expression in place (also used by the ScriptDom test).</summary>
    public static string Sql(SqlDialect dialect, string name, string? split, string gradeColumn)
    {
        var text = ReportSql.Read(dialect, "Indicators", name);
        if (split is null)
        {
            return text;
        }

        var expression = IndicatorSplit.Expression(dialect, split, gradeColumn);
        return text.Replace("NULL /*split*/", expression, StringComparison.Ordinal)
            .Replace("/*split-group*/", ", " + expression, StringComparison.Ordinal);
    }

    private static IEnumerable<IndicatorCell> Query(DbConnection connection, string sql, object parameters) =>
        connection.Query<CellRow>(sql, parameters, commandTimeout: 300)
            .Select(r => new IndicatorCell(r.institution_dane, r.sede_dane, (int)r.grade, r.split_value,
                r.month is null ? null : (int)r.month.Value, r.enrolled, r.dropouts ?? 0, r.transfers ?? 0));

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
