using System.Globalization;
using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Etl.Official;

/// <summary>
/// The <c>men_published_rate</c> table (migration 0422): MEN's published dropout rates of a territory, stored by
/// <c>compare men</c> for the dashboard. Rates are exact decimals (invariant text in SQLite, DECIMAL in SQL Server).
/// </summary>
public static class MenPublishedRateStore
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(MenPublishedRateStore).Assembly);

    /// <summary>Replaces the territory's stored rates with the series' non-blank ones, in one transaction; returns how many.</summary>
    public static int Replace(DatabaseTarget target, MenPublishedSeries series, string sourceFile, DateTime importedUtc)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(series);
        using var connection = target.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute(Scripts.Read(target.Dialect, "Official", "MenPublishedRateDelete"), new { territory = series.TerritoryCode }, transaction);
        var imported = target.Dialect == SqlDialect.Sqlite
            ? importedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : (object)importedUtc;
        var rows = series.Rates.Where(r => r.Rate is not null).Select(r => new
        {
            territory = r.TerritoryCode,
            year = r.Year,
            level = r.Level,
            rate = target.Dialect == SqlDialect.Sqlite ? r.Rate!.Value.ToString(CultureInfo.InvariantCulture) : (object)r.Rate!.Value,
            source = sourceFile,
            imported,
        }).ToList();
        connection.Execute(Scripts.Read(target.Dialect, "Official", "MenPublishedRateInsert"), rows, transaction);
        transaction.Commit();
        return rows.Count;
    }

    /// <summary>The stored rates of a territory, years ascending.</summary>
    public static IReadOnlyList<MenPublishedRate> Read(DatabaseTarget target, string territoryCode)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return connection.Query<(string TerritoryCode, long SchoolYear, string Level, object Rate)>(
                Scripts.Read(target.Dialect, "Official", "MenPublishedRateSelect"), new { territory = territoryCode })
            .Select(r => new MenPublishedRate(r.TerritoryCode, (int)r.SchoolYear, r.Level, Convert.ToDecimal(r.Rate, CultureInfo.InvariantCulture)))
            .ToList();
    }
}
