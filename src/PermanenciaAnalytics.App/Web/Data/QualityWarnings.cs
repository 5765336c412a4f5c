using System.Collections.Concurrent;
using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Quality;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The dashboard's data-quality findings per year, kept until the next file is loaded. The full report scans every
/// enrolment row of the year (about 14 s on a Cúcuta-size year), far too slow to repeat on each dashboard view, and it
/// can only change when the load ledger does.
/// </summary>
public sealed class QualityWarnings(DatabaseTarget database)
{
    private const string LastLoadSql = "SELECT MAX(load_id) FROM load_ledger WHERE status = 'loaded'";

    private readonly ConcurrentDictionary<int, (long? LastLoad, IReadOnlyList<QualityFinding> Findings)> byYear = new();

    public IReadOnlyList<QualityFinding> For(int year)
    {
        long? lastLoad;
        using (var connection = database.Open())
        {
            lastLoad = connection.ExecuteScalar<long?>(LastLoadSql);
        }

        if (byYear.TryGetValue(year, out var cached) && cached.LastLoad == lastLoad)
        {
            return cached.Findings;
        }

        var findings = QualityReport.Run(database, year);
        byYear[year] = (lastLoad, findings);
        return findings;
    }
}
