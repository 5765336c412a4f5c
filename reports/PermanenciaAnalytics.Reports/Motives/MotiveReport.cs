using Dapper;
using PermanenciaAnalytics.Core.Motives;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Motives;

/// <summary>
/// What rule 5b did to a year: the RETIRADO motives of the students who left, with their class, as the last recompute
/// classified them, and the version of the motive table that recompute applied.
/// </summary>
public sealed record MotiveReport(int Year, int? TableVersion, IReadOnlyList<MotiveCount> Motives)
{
    /// <summary>Reads the report of <paramref name="year"/> from the stored outcomes (callers recompute stale ones first).</summary>
    public static MotiveReport Read(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        var scripts = SqlScripts.Of(typeof(MotiveReport).Assembly);
        using var connection = target.Open();
        var version = connection.ExecuteScalar<int?>(scripts.Read(target.Dialect, "Motives", "AppliedVersion"), new { year });
        var motives = connection.Query<(string Motive, string MotiveClass, long Students)>(scripts.Read(target.Dialect, "Motives", "Counts"), new { year })
            .Select(r => new MotiveCount(r.Motive, MotiveClassNames.TryParse(r.MotiveClass, out var value) ? value : MotiveClass.Desercion, r.Students))
            .ToList();
        return new MotiveReport(year, version, motives);
    }
}
