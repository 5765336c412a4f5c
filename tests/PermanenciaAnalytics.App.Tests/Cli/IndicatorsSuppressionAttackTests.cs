using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

/// <summary>
/// Every <c>indicators --suppress</c> table of one year, printed by the real command over a real SQLite file, read back
/// and attacked together: no reserved count may be recovered from the totals another run prints.
/// </summary>
public sealed class IndicatorsSuppressionAttackTests
{
    private static readonly string[] Dimensions = ["institution,grade", "institution", "sede", "level", "municipality", "month", "municipality,month"];

    [Fact]
    public async Task Indicators_PrintsNoSuppressedTableFromWhichACountCanBeRecovered()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        IndicatorsCommandTests.Seed(database);
        await IndicatorsCommandTests.Run("recompute", "--year", "2025", "--db", database.ConnectionString);
        var solver = new ReservedCellSolver();
        var reserved = 0;

        // Act: each table twice, exact (the truth the attacker wants) and suppressed (what it gets).
        var tables = new Dictionary<string, List<(string Id, Dictionary<string, string> Keys)>>(StringComparer.Ordinal);
        foreach (var by in Dimensions)
        {
            var exact = await Csv(database, by, suppress: false);
            var shown = await Csv(database, by, suppress: true);
            Assert.Equal(exact.Count, shown.Count);
            tables[by] = [];
            foreach (var (truth, printed) in exact.Zip(shown))
            {
                var id = by + "|" + string.Join('|', truth.Where(k => k.Key is not ("enrolled" or "dropouts" or "transfers_out" or "dropout_rate" or "year")).Select(k => k.Value));
                var hidden = printed["enrolled"].Length == 0;
                reserved += hidden ? 1 : 0;
                solver.Cell(id, long.Parse(truth["enrolled"], System.Globalization.CultureInfo.InvariantCulture),
                    long.Parse(truth["dropouts"], System.Globalization.CultureInfo.InvariantCulture),
                    long.Parse(truth["transfers_out"], System.Globalization.CultureInfo.InvariantCulture), hidden);
                tables[by].Add((id, truth));
            }
        }

        // The lines a reader can add up across these outputs.
        var institutions = tables["institution"];
        foreach (var (id, keys) in institutions)
        {
            var dane = keys["institution_dane"];
            solver.Line(id, tables["institution,grade"].Where(g => g.Keys["institution_dane"] == dane).Select(g => g.Id));
            solver.Line(id, tables["sede"].Where(g => g.Keys["institution_dane"] == dane).Select(g => g.Id));
            solver.Line(id, tables["month"].Where(g => g.Keys["institution_dane"] == dane && g.Keys["month"] == "12").Select(g => g.Id));
        }

        var municipality = tables["municipality"].Single().Id;
        solver.Line(municipality, institutions.Select(i => i.Id));
        solver.Line(municipality, tables["level"].Select(l => l.Id));
        foreach (var (id, keys) in tables["level"])
        {
            solver.Line(id, tables["institution,grade"]
                .Where(g => EducationLevelNames.Key(GradeCatalog.LevelOf(int.Parse(g.Keys["grade"], System.Globalization.CultureInfo.InvariantCulture))) == keys["level"])
                .Select(g => g.Id));
        }

        foreach (var (id, keys) in tables["municipality,month"])
        {
            solver.Line(id, tables["month"].Where(m => m.Keys["month"] == keys["month"]).Select(m => m.Id));
        }

        // Assert
        Assert.True(reserved > 0, "the seed has small groups, so something must be reserved");
        Assert.Empty(solver.Recover());
    }

    private static async Task<List<Dictionary<string, string>>> Csv(TempSqliteDatabase database, string by, bool suppress)
    {
        string[] args = ["indicators", "--year", "2025", "--by", by, "--format", "csv", "--db", database.ConnectionString];
        var (exit, output, error) = await IndicatorsCommandTests.Run(suppress ? [.. args, "--suppress"] : args);
        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }
}
