using System.Text;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

/// <summary>
/// Issue 13 item 6: a cut exported again replaces its earlier load. Built from the real-layout 43-column cut of
/// 31 Oct 2024 (six rows of 154001000101): the re-export is the same rows in another order with CRLF line ends and
/// one student more, so its bytes differ.
/// </summary>
public sealed class CutReplacementTests
{
    private static Encoding Windows1252 => TextEncodings.Windows1252;

    private static string ReExport(string folder, Func<string, string>? institution = null)
    {
        var lines = File.ReadAllText(TestData.PathOf("simat/motivos_detallado43_20241031.txt"), Windows1252).Split('\n');
        var extra = lines[1].Replace("900101", "900199", StringComparison.Ordinal).Replace("1090000101", "1090000199", StringComparison.Ordinal);
        var body = lines.Skip(1).Reverse().Append(extra).Select(l => institution?.Invoke(l) ?? l);
        var path = Path.Combine(folder, "reexportado_detallado43_20241031.txt");
        File.WriteAllText(path, string.Join("\r\n", body.Prepend(lines[0])) + "\r\n", Windows1252);
        return path;
    }

    [Fact]
    public void Load_ReplacesTheEarlierLoadOfTheCut_WhenTheSameCutIsExportedAgain()
    {
        // Arrange
        using var fixture = new LoadFixture();
        fixture.Load("simat/motivos_detallado43_20241031.txt");
        var path = ReExport(fixture.Database.Folder);

        // Act
        var second = fixture.Loader.Load(path, ExtractKind.Simat);
        var (firstId, secondId) = fixture.Single<(long, long)>("SELECT MIN(load_id), MAX(load_id) FROM load_ledger");

        // Assert: 7 rows at the cut (not 6 + 7), the first load kept in the ledger as replaced, naming the second.
        Assert.Equal(LoadStatus.Loaded, second.Status);
        Assert.Equal(7, fixture.Count("enrollment", "cut_date = '2024-10-31'"));
        Assert.Equal(0, fixture.Count("enrollment", "load_id = @id", new { id = firstId }));
        Assert.Equal(0, fixture.Count("student_contact", "load_id = @id", new { id = firstId }));
        var ledger = fixture.Single<(string Status, string Message)>("SELECT status, message FROM load_ledger WHERE load_id = @id", new { id = firstId });
        Assert.Equal("replaced", ledger.Status);
        Assert.Contains($"Reemplazado por la carga {secondId}", ledger.Message, StringComparison.Ordinal);
        Assert.Contains("Reemplaza la carga anterior del mismo corte ('motivos_detallado43_20241031.txt')", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeepsBothFiles_WhenTheSecondFileOfTheCutIsOfAnotherInstitution()
    {
        // Arrange: the same students under another institution, as a per-school export of the same cut would be.
        using var fixture = new LoadFixture();
        fixture.Load("simat/motivos_detallado43_20241031.txt");
        var path = ReExport(fixture.Database.Folder, l => l.Replace("154001000101", "154001000303", StringComparison.Ordinal));

        // Act
        fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert
        Assert.Equal(6 + 7, fixture.Count("enrollment", "cut_date = '2024-10-31'"));
        Assert.Equal(2, fixture.Count("load_ledger", "status = 'loaded'"));
    }
}
