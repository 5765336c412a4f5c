using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

/// <summary>
/// The rejects report of a file in the real Anexo 6A layout (its real header, plus ESTADO) with a malformed birth date
/// and formula-looking values, as a hostile or careless export would carry them.
/// </summary>
public sealed class RejectsReportSafetyTests
{
    private const string HostileFile = "simat/anexo6a_hostile_values_2025-03-31.csv";

    [Fact]
    public void Load_MasksTheBirthDate_InTheRejectsCsvAndRejectedRows()
    {
        // Arrange
        using var fixture = new LoadFixture(maxRejectPercent: 50m);

        // Act
        var summary = fixture.Load(HostileFile, ExtractKind.Simat);

        // Assert: the column and reason stay, the value is its length only.
        Assert.Equal(LoadStatus.Loaded, summary.Status);
        var csv = File.ReadAllText(summary.RejectsPath!);
        Assert.Contains("11,FECHA_NACIMIENTO,***(11),unparseable_date,rejected", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("31/02/2012X", csv, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Count("rejected_row", "value LIKE '%2012X%'"));
        Assert.Equal(1, fixture.Count("rejected_row", "column_name = 'FECHA_NACIMIENTO' AND value = '***(11)'"));
    }

    [Fact]
    public void Load_NeutralisesFormulaValues_InTheRejectsCsv()
    {
        // Arrange
        using var fixture = new LoadFixture(maxRejectPercent: 50m);

        // Act
        var summary = fixture.Load(HostileFile, ExtractKind.Simat);

        // Assert: each formula is written as text (leading quote); no field of the file starts with a formula sign.
        var lines = File.ReadAllLines(summary.RejectsPath!);
        Assert.Contains("12,COD_GRADO,'=cmd|' /C calc'!A0,unknown_grade,rejected", lines);
        // The 52-character HYPERLINK is longer than a DANE code may be: rejected as field_too_long, its value not copied at all.
        Assert.Contains(lines, l => l.StartsWith("1,DANE_ANTERIOR,", StringComparison.Ordinal) && l.Contains(",field_too_long,", StringComparison.Ordinal)
            && !l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",=", StringComparison.Ordinal) || l.Contains(",\"=", StringComparison.Ordinal));
    }
}
