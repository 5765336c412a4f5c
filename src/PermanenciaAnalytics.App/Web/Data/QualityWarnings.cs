using System.Collections.Concurrent;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Quality;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The dashboard's data-quality findings per year. The full report scans every enrolment row of the year (about 11 s
/// on a Cúcuta-size year), far too slow for a page view, and it only changes when a file is loaded. So it runs once per
/// (year, last load), in the background: while a newer run is under way the dashboard keeps showing the previous
/// findings, and only the very first view of a year waits for one. <see cref="Warm"/> starts a run ahead of any view.
/// </summary>
public sealed class QualityWarnings(DatabaseTarget database)
{
    private readonly ConcurrentDictionary<(int Year, long LastLoad), Lazy<Task<IReadOnlyList<QualityFinding>>>> runs = new();
    private readonly ConcurrentDictionary<int, IReadOnlyList<QualityFinding>> latest = new();

    public IReadOnlyList<QualityFinding> For(int year)
    {
        var run = Run(year);
        if (run.IsCompletedSuccessfully)
        {
            return run.Result;
        }

        return latest.TryGetValue(year, out var previous) ? previous : run.GetAwaiter().GetResult();
    }

    /// <summary>Starts the report for <paramref name="year"/> at the current last load, without waiting for it.</summary>
    public void Warm(int year) => _ = Run(year);

    private Task<IReadOnlyList<QualityFinding>> Run(int year)
    {
        // The same key the kept report uses (QualityReport.LastLoad), so both change with the same load.
        var key = (year, QualityReport.LastLoad(database));
        // Lazy: fifty dashboards opened at once start one report, not fifty.
        return runs.GetOrAdd(key, k => new Lazy<Task<IReadOnlyList<QualityFinding>>>(() => Task.Run(() => Complete(k)))).Value;
    }

    private IReadOnlyList<QualityFinding> Complete((int Year, long LastLoad) key)
    {
        try
        {
            var findings = QualityReport.Run(database, key.Year);
            latest[key.Year] = findings;
            foreach (var older in runs.Keys.Where(k => k.Year == key.Year && k != key))
            {
                runs.TryRemove(older, out _);
            }

            return findings;
        }
        catch
        {
            // A failed run is not remembered: the next view tries again.
            runs.TryRemove(key, out _);
            throw;
        }
    }
}
