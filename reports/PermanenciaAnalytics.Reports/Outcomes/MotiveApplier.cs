using System.Data;
using Dapper;
using PermanenciaAnalytics.Core.Motives;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Outcomes;

/// <summary>
/// Rule 5b inside the recompute's transaction: the students not enrolled at the final cut whose latest row after their
/// last enrolled cut is RETIRADO are classified by that row's MOTIVO. The classification itself runs here, once per
/// distinct motive (a few dozen texts for 100,000 students), because removing accents is not portable SQL.
/// </summary>
internal static class MotiveApplier
{
    public static void Apply(IDbConnection connection, IDbTransaction transaction, SqlDialect dialect, int year, object? until, RetirementMotiveTable table)
    {
        var scripts = SqlScripts.Of(typeof(MotiveApplier).Assembly);
        connection.Execute(scripts.Read(dialect, "Outcomes", "ExitTables"), transaction: transaction);
        var motives = connection.Query<string>(scripts.Read(dialect, "Outcomes", "ExitCandidates"), new { year, until }, transaction, commandTimeout: 600).ToList();
        var insert = scripts.Read(dialect, "Outcomes", "InsertExitMotive");
        foreach (var motive in motives)
        {
            var motiveClass = table.Classify(motive);
            connection.Execute(insert, new { motive, normalized = MotiveText.Normalize(motive), motiveClass = MotiveClassNames.Key(motiveClass) }, transaction);
        }

        connection.Execute(scripts.Read(dialect, "Outcomes", "ApplyMotives"), new { year, version = table.Version }, transaction, commandTimeout: 600);
    }
}
