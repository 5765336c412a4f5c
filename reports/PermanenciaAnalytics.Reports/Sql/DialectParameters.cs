using System.Globalization;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Sql;

/// <summary>
/// Dates travel as <c>yyyy-MM-dd</c> text to SQLite (how the schema stores them) and as <see cref="DateTime"/>
/// to SQL Server's DATE columns.
/// </summary>
internal static class DialectParameters
{
    public static object? Date(SqlDialect dialect, DateOnly? value) => value switch
    {
        null => null,
        { } date when dialect == SqlDialect.Sqlite => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { } date => date.ToDateTime(TimeOnly.MinValue),
    };

    public static object Timestamp(SqlDialect dialect, DateTime utc) => dialect == SqlDialect.Sqlite
        ? utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
        : utc;

    /// <summary>Parses a date column read back from either engine (text in SQLite, DATE in SQL Server).</summary>
    public static DateOnly? ReadDate(object? value) => value switch
    {
        null or DBNull => null,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateOnly date => date,
        string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        _ => null,
    };
}
