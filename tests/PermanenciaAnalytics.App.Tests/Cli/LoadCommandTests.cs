using System.Text.Json;
using Dapper;
using PermanenciaAnalytics.Synthetic;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

public sealed class LoadCommandTests : IDisposable
{
    private static readonly string[] JsonFields =
        ["file", "kind", "cut", "sha256", "status", "rows_read", "rows_loaded", "rows_rejected", "rejected_by_reason", "duplicates", "seconds", "message"];

    private readonly TempSqliteDatabase _database = new(migrate: false);

    private string RejectsDir => Path.Combine(_database.Folder, "rejects");

    [Fact]
    public async Task RunAsync_PrintsOneJsonObjectPerFile_WhenFormatIsJson()
    {
        var (exit, output, error) = await Run("load", "simat", TestData.PathOf("simat/plano54_bom_crlf_2024-03-31.csv"),
            TestData.PathOf("simat/rejects_mixed_2024-05-31.csv"), "--max-reject-pct", "70", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal(JsonFields, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("plano54_bom_crlf_2024-03-31.csv", root.GetProperty("file").GetString());
        Assert.Equal("simat", root.GetProperty("kind").GetString());
        Assert.Equal("2024-03-31", root.GetProperty("cut").GetString());
        Assert.Equal("loaded", root.GetProperty("status").GetString());
        Assert.Equal(6, root.GetProperty("rows_loaded").GetInt64());
        Assert.Equal(64, root.GetProperty("sha256").GetString()!.Length);
        using var second = JsonDocument.Parse(lines[1]);
        var reasons = second.RootElement.GetProperty("rejected_by_reason");
        Assert.Equal(8, reasons.EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.Equal(1, reasons.GetProperty("unknown_grade").GetInt64());
        Assert.Equal(1, second.RootElement.GetProperty("duplicates").GetInt64());
    }

    [Fact]
    public async Task RunAsync_ReturnsTwoAndWritesCause_WhenAFileIsRefused()
    {
        var (exit, output, error) = await Run("load", "auto", TestData.PathOf("simat/missing_columns_2024-03-31.csv"),
            TestData.PathOf("simat/plano54_nobom_lf_20240331.csv"), "--format", "json");

        Assert.Equal(2, exit);
        var statuses = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("status").GetString());
        Assert.Equal(["refused", "loaded"], statuses);
        var errorLines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(errorLines);
        Assert.Contains("missing_columns_2024-03-31.csv", errorLines[0], StringComparison.Ordinal);
        Assert.Contains("GRADO_COD", errorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ReturnsTwoAndSaysItIsSimat_WhenASimatFileIsGivenToLoadSimpade()
    {
        var (exit, _, error) = await Run("load", "simpade", TestData.PathOf("simat/plano54_2024-04-30.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("plano54_2024-04-30.csv", error, StringComparison.Ordinal);
        Assert.Contains("es un extracto SIMAT", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LoadsEveryRowAndReasonsGivesEachInstitution_WhenSimpadeIsMensExtractWithoutIdentity()
    {
        var (loadExit, _, loadError) = await Run("load", "simpade", TestData.PathOf("simpade/men_desertores_sin_identidad_2025-11.csv"), "--format", "json");
        using var output = new StringWriter();
        var exit = await CliApp.RunAsync(["reasons", "--year", "2025", "--by", "institution", "--format", "csv", "--db", _database.ConnectionString], output, TextWriter.Null);

        Assert.True(loadExit == 0, loadError);
        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("institution_dane,kind,code,category,students,dropouts,share", lines[0]);
        Assert.Contains("154001000101,category,familiar,Familiar,1,6,16.67", lines);
        Assert.Contains("154001000202,category,escolar,Escolar / institucional,2,4,50.00", lines);
        Assert.Contains("154001000202,reason,MATONEO_ESCOLAR_(BULLYING),Escolar / institucional,1,4,25.00", lines);
    }

    [Fact]
    public async Task RunAsync_PrintsSpanishTableWithReasonsAndRejectsPath_WhenFormatIsTable()
    {
        var (exit, output, _) = await Run("load", "simat", TestData.PathOf("simat/rejects_mixed_2024-05-31.csv"), "--max-reject-pct", "70");

        Assert.Equal(0, exit);
        Assert.Contains("Resumen de carga", output, StringComparison.Ordinal);
        Assert.Contains("cargado", output, StringComparison.Ordinal);
        Assert.Contains("Motivo de rechazo", output, StringComparison.Ordinal);
        Assert.Contains("malformed_institution_dane", output, StringComparison.Ordinal);
        Assert.Contains("Sin grado", output, StringComparison.Ordinal); // the Spanish label of missing_grade
        Assert.Contains(".rejects.csv", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(RejectsDir, "*.rejects.csv"));
        foreach (var personal in new[] { "PEÑA", "ANDRÉS", "3001234567", "1090000021" })
        {
            Assert.DoesNotContain(personal, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunAsync_ReturnsUsageError_WhenCutIsNotADate()
    {
        var (exit, _, error) = await Run("load", "simat", TestData.PathOf("simat/sin_fecha.csv"), "--cut", "31/03/2024");

        Assert.Equal(1, exit);
        Assert.Contains("AAAA-MM-DD", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UsesCutOption_WhenFileHasNoDate()
    {
        var (exit, output, _) = await Run("load", "simat", TestData.PathOf("simat/sin_fecha.csv"), "--cut", "2024-06-30", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("2024-06-30", JsonDocument.Parse(output.Trim()).RootElement.GetProperty("cut").GetString());
    }

    [Fact]
    public async Task RunAsync_LoadsEveryCutAndLeavesTheIndexesAsDefined_WhenARunOfLargeFilesIsGiven()
    {
        // Arrange: three cuts of 12,000 rows: a bulk-load window opens for them (indexes rebuilt once, at the end).
        var cuts = new[] { "2025-03-31", "2025-04-30", "2025-05-31" }.Select(cut => Path.Combine(_database.Folder, $"simat_{cut}.csv")).ToArray();
        for (var i = 0; i < cuts.Length; i++)
        {
            SyntheticYearGenerator.WriteFlatSimat(cuts[i], 12_000, seed: (ulong)i + 1);
        }

        // Act
        var (exit, _, error) = await Run(["load", "simat", .. cuts, "--format", "json"]);

        // Assert
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var connection = _database.Target.Open();
        Assert.Equal(36_000, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM enrollment"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM deferred_index"));
        var indexes = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'enrollment' AND sql IS NOT NULL ORDER BY name").ToList();
        Assert.Equal(["ix_enrollment_cut", "ix_enrollment_year_cut", "ix_enrollment_year_enrolled", "ix_enrollment_year_student"], indexes);
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
    }

    public void Dispose() => _database.Dispose();

    private async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = [.. args, "--db", _database.ConnectionString, "--rejects-dir", RejectsDir];
        var exit = await CliApp.RunAsync(all, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
