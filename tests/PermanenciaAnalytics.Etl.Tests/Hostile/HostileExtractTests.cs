using System.Text;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Tests.Loading;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Tests.Hostile;

/// <summary>Broken and hostile extracts (issue 11): each is loaded cleanly or refused with its cause, never stored half-right.</summary>
public sealed class HostileExtractTests(CleanExtracts clean) : IClassFixture<CleanExtracts>
{
    private static readonly Encoding Utf8Bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    [Fact]
    public void Load_RefusesNamingLineAndCause_WhenFileIsCutMidRow()
    {
        // Arrange: the first half of the bytes, ending inside a row (as an interrupted copy leaves it).
        var bytes = File.ReadAllBytes(clean.SimatCut);
        var cutAt = bytes.Length / 2;
        while (bytes[cutAt - 1] is (byte)'\n' or (byte)'\r' or (byte)';')
        {
            cutAt++;
        }

        var path = clean.PathFor("truncado");
        File.WriteAllBytes(path, bytes[..cutAt]);
        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Refused, summary.Status);
        Assert.Contains(Path.GetFileName(path), summary.Message, StringComparison.Ordinal);
        Assert.Contains("incompleto", summary.Message, StringComparison.Ordinal);
        var lastLine = Encoding.UTF8.GetString(bytes[..cutAt]).Count(c => c == '\n') + 1;
        Assert.Contains($"línea {lastLine}", summary.Message, StringComparison.Ordinal);
        Assert.Equal(1, summary.RejectedByReason[RejectReasons.TruncatedLastLine]);
        Assert.Equal(0, fixture.Count("enrollment"));
        Assert.Equal(1, fixture.Count("load_reject_reason", "reason = 'truncated_last_line'"));
    }

    [Fact]
    public void Load_LoadsEveryRow_WhenOnlyTheFinalLineBreakIsMissing()
    {
        // Arrange: a complete last record without its CRLF is not a truncation.
        var text = File.ReadAllText(clean.SimatCut, Encoding.UTF8).TrimEnd('\r', '\n');
        var path = clean.PathFor("sin_salto_final");
        File.WriteAllText(path, text, Utf8Bom);
        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal(clean.SimatRows, summary.RowsRead);
        Assert.False(summary.RejectedByReason.ContainsKey(RejectReasons.TruncatedLastLine));
    }

    [Theory]
    [InlineData("utf16le_bom", 1200, true)]
    [InlineData("utf16le", 1200, false)]
    [InlineData("utf16be_bom", 1201, true)]
    [InlineData("utf16be", 1201, false)]
    public void Load_ReadsTheSameRows_WhenFileIsUtf16(string stem, int codePage, bool bom)
    {
        // Arrange: Excel's "Unicode text" and Notepad's "Unicode" save SIMAT cuts this way.
        var text = File.ReadAllText(clean.SimatCut, Encoding.UTF8);
        var encoding = Encoding.GetEncoding(codePage);
        var path = clean.PathFor(stem);
        File.WriteAllBytes(path, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);
        using var reference = new LoadFixture();
        var expected = reference.Loader.Load(clean.SimatCut, ExtractKind.Simat);
        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal(expected.RowsLoaded, summary.RowsLoaded);
        Assert.Equal(reference.Query<string>("SELECT student_key || institution_dane || grade FROM enrollment ORDER BY 1"),
            fixture.Query<string>("SELECT student_key || institution_dane || grade FROM enrollment ORDER BY 1"));
        Assert.Equal(reference.Query<string>("SELECT first_surname FROM student_contact ORDER BY row_number"),
            fixture.Query<string>("SELECT first_surname FROM student_contact ORDER BY row_number"));
    }

    [Fact]
    public void Load_RejectsTheRowAndStoresNoHugeValue_WhenANameIs10MB()
    {
        // Arrange
        var lines = clean.SimatLines().ToList();
        var header = lines[0].TrimStart('\uFEFF').Split(';');
        var nameIndex = Array.IndexOf(header, "NOMBRE1");
        var target = lines.FindIndex(1, l => !l.Contains('"', StringComparison.Ordinal));
        var fields = lines[target].Split(';');
        fields[nameIndex] = new string('A', 10 * 1024 * 1024);
        lines[target] = string.Join(';', fields);
        var path = clean.PathFor("nombre_10mb");
        File.WriteAllLines(path, lines, Utf8Bom);
        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal(1, summary.RejectedByReason[RejectReasons.FieldTooLong]);
        Assert.Equal(clean.SimatRows - 1, summary.RowsLoaded);
        Assert.True(fixture.Single<long>("SELECT MAX(LENGTH(first_name)) FROM student_contact") <= FieldLengthLimits.LimitOf(ExtractColumn.FirstName));
        var reject = fixture.Single<(string Column, string Value)>("SELECT column_name AS Column, value AS Value FROM rejected_row WHERE reason = 'field_too_long'");
        Assert.Equal("NOMBRE1", reject.Column);
        Assert.DoesNotContain("AAAA", reject.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsTheRow_WhenAnUnmappedColumnHoldsAHugeField()
    {
        // Arrange: EPS is not read by the loader, yet a 2 MB value there is still a broken row.
        var lines = clean.SimatLines().ToList();
        var epsIndex = Array.IndexOf(lines[0].TrimStart('\uFEFF').Split(';'), "EPS");
        var target = lines.FindIndex(1, l => !l.Contains('"', StringComparison.Ordinal));
        var fields = lines[target].Split(';');
        fields[epsIndex] = new string('x', 2 * 1024 * 1024);
        lines[target] = string.Join(';', fields);
        var path = clean.PathFor("eps_2mb");
        File.WriteAllLines(path, lines, Utf8Bom);
        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal(1, summary.RejectedByReason[RejectReasons.FieldTooLong]);
    }

    [Fact]
    public void Load_RefusesWholeFile_WhenARecordIsLargerThanTheReaderBound()
    {
        // Arrange: an unclosed quote swallows the rest of a 20 MB file into one record.
        var lines = clean.SimatLines().ToList();
        var path = clean.PathFor("comilla_abierta");
        using (var writer = new StreamWriter(path, false, Utf8Bom))
        {
            writer.Write(lines[0] + "\r\n" + lines[1] + "\r\n\"");
            var filler = new string('z', 1024 * 1024);
            for (var i = 0; i < 20; i++)
            {
                writer.Write(filler);
            }
        }

        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Refused, summary.Status);
        Assert.Contains(Path.GetFileName(path), summary.Message, StringComparison.Ordinal);
        Assert.Contains("16 MB", summary.Message, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Count("enrollment"));
    }

    [Fact]
    public void Load_RefusesNamingTheCount_WhenHeaderHasTooManyColumns()
    {
        // Arrange
        var lines = clean.SimatLines().ToList();
        var extra = string.Concat(Enumerable.Range(0, 5000).Select(i => $";EXTRA_{i}"));
        var path = clean.PathFor("columnas_5000");
        File.WriteAllLines(path, [lines[0] + extra, .. lines.Skip(1)], Utf8Bom);
        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Refused, summary.Status);
        Assert.Contains("5054 columnas", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SaysItIsAWorkbook_WhenAnXlsxIsLoadedAsAnExtract()
    {
        // Arrange
        var path = clean.PathFor("libro");
        using (var zip = new System.IO.Compression.ZipArchive(File.Create(path), System.IO.Compression.ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            entry.Write("<workbook/>");
        }

        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Refused, summary.Status);
        Assert.Contains("libro de Excel", summary.Message, StringComparison.Ordinal);
    }
}
