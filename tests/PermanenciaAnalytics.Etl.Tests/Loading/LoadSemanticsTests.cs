using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

public sealed class LoadSemanticsTests
{
    [Fact]
    public void Load_SkipsDuplicate_WhenSameFileLoadedAgain()
    {
        using var fixture = new LoadFixture();
        var first = fixture.Load("simat/plano54_bom_crlf_2024-03-31.csv");
        var before = fixture.Snapshot();

        var second = fixture.Load("simat/plano54_bom_crlf_2024-03-31.csv");

        Assert.Equal(LoadStatus.Loaded, first.Status);
        Assert.Equal(LoadStatus.SkippedDuplicate, second.Status);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(0, second.RowsLoaded);
        Assert.Contains("ya fue cargado", second.Message, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Snapshot());
        Assert.Equal(1, fixture.Count("load_ledger", "status = 'skipped_duplicate'"));
    }

    [Fact]
    public void Load_RefusesAndListsColumns_WhenRequiredColumnsAreMissing()
    {
        using var fixture = new LoadFixture();

        var summary = fixture.Load("simat/missing_columns_2024-03-31.csv", ExtractKind.Simat);

        Assert.Equal(LoadStatus.Refused, summary.Status);
        Assert.Contains("missing_columns_2024-03-31.csv", summary.Message, StringComparison.Ordinal);
        Assert.Contains("GRADO_COD", summary.Message, StringComparison.Ordinal);
        Assert.Contains("ESTADO", summary.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DANE,", summary.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("simat/empty_2024-03-31.csv", "vacío")]
    [InlineData("simat/binary_2024-03-31.csv", "no es un archivo de texto")]
    [InlineData("simat/header_only_2024-03-31.csv", "ninguna fila de datos")]
    [InlineData("simat/sin_fecha.csv", "fecha de corte")]
    [InlineData("simpade/desertores_2025-11.csv", "es un extracto SIMPADE")]
    public void Load_RefusesWithCause_WhenFileCannotBeLoaded(string file, string cause)
    {
        using var fixture = new LoadFixture();

        var summary = fixture.Load(file, ExtractKind.Simat);

        Assert.Equal(LoadStatus.Refused, summary.Status);
        Assert.Contains(Path.GetFileName(file), summary.Message, StringComparison.Ordinal);
        Assert.Contains(cause, summary.Message, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Count("enrollment"));
    }

    [Fact]
    public void Load_RefusesUnknownExtract_WhenKindIsAuto()
    {
        using var fixture = new LoadFixture();

        var summary = fixture.Load("simat/missing_columns_2024-03-31.csv");

        Assert.Equal(LoadStatus.Refused, summary.Status);
        Assert.Equal(ExtractKind.Unknown, summary.Kind);
        Assert.Contains("GRADO_COD", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LeavesEarlierDataUntouched_WhenLaterFilesAreRefused()
    {
        using var fixture = new LoadFixture();
        fixture.Load("simat/plano54_bom_crlf_2024-03-31.csv");
        fixture.Load("simpade/desertores_2025-11.csv", ExtractKind.Simpade); // refused: 1 of 6 rows rejected > 10 %
        var before = fixture.Snapshot();
        var ledgerBefore = fixture.Query<string>("SELECT load_id || ':' || status || ':' || rows_loaded FROM load_ledger WHERE status = 'loaded' ORDER BY load_id");

        var refused = new[]
        {
            fixture.Load("simat/rejects_mixed_2024-05-31.csv"),
            fixture.Load("simat/missing_columns_2024-03-31.csv"),
            fixture.Load("simat/sin_fecha.csv"),
            fixture.Load("simat/binary_2024-03-31.csv"),
        };

        Assert.All(refused, s => Assert.Equal(LoadStatus.Refused, s.Status));
        Assert.Equal(before, fixture.Snapshot());
        Assert.Equal(ledgerBefore, fixture.Query<string>("SELECT load_id || ':' || status || ':' || rows_loaded FROM load_ledger WHERE status = 'loaded' ORDER BY load_id"));
        Assert.Equal(6, fixture.Count("enrollment"));
    }

    [Fact]
    public void Load_LeavesNothingPartial_WhenCancelledMidFile()
    {
        using var fixture = new LoadFixture();
        var path = Path.Combine(fixture.Database.Folder, "grande_2024-03-31.csv");
        WriteLargeExtract(path, rows: 10_000);
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.RowsRead >= 4096)
            {
                cancellation.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => fixture.Loader.Load(path, ExtractKind.Simat, progress, cancellation.Token));

        Assert.Equal(0, fixture.Count("enrollment"));
        Assert.Equal(0, fixture.Count("student_contact"));
        Assert.Equal(0, fixture.Count("rejected_row"));
        Assert.Equal(0, fixture.Count("load_ledger"));
        Assert.False(Directory.Exists(fixture.RejectsFolder) && Directory.EnumerateFiles(fixture.RejectsFolder).Any());

        var retry = fixture.Loader.Load(path, ExtractKind.Simat);
        Assert.Equal(LoadStatus.Loaded, retry.Status);
        Assert.Equal(9_999, retry.RowsLoaded);
        Assert.Equal(1, retry.RowsRejected); // row 5,000 has an unknown grade
        Assert.Equal(9_999, fixture.Count("enrollment"));
    }

    [Fact]
    public void Load_ReportsProgress_WhenFileIsLoaded()
    {
        using var fixture = new LoadFixture();
        var path = Path.Combine(fixture.Database.Folder, "progreso_2024-03-31.csv");
        WriteLargeExtract(path, rows: 9_000);
        var reports = new List<LoadProgress>();

        fixture.Loader.Load(path, ExtractKind.Auto, new SynchronousProgress(reports.Add));

        Assert.Equal([4096L, 8192L, 9000L], reports.Select(r => r.RowsRead));
        Assert.Equal(new FileInfo(path).Length, reports[^1].BytesRead);
        Assert.All(reports, r => Assert.InRange(r.BytesRead, 1, r.TotalBytes));
    }

    private static void WriteLargeExtract(string path, int rows)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine(File.ReadLines(TestData.PathOf("simat/plano54_nobom_lf_20240331.csv")).First());
        var template = File.ReadLines(TestData.PathOf("simat/plano54_nobom_lf_20240331.csv")).Skip(1).First();
        for (var i = 1; i <= rows; i++)
        {
            var line = template.Replace("900001", (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            if (i == 5_000)
            {
                line = line.Replace(",06,", ",77,", StringComparison.Ordinal);
            }

            writer.WriteLine(line);
        }
    }

    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
