using ClosedXML.Excel;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Plans;

/// <summary>
/// Hostile plan workbooks (issue 11): each is refused with a Spanish cause before ClosedXML inflates it, with the memory
/// the check allocates bounded (measured on the test's own thread, so parallel tests do not count).
/// </summary>
public sealed class HostileWorkbookTests : IDisposable
{
    private const long AllocationBound = 64L * 1024 * 1024;
    private static readonly DateOnly LoadDate = new(2025, 9, 1);
    private static readonly DateTime LoadedAt = new(2025, 9, 1, 10, 0, 0);
    private readonly TempSqliteDatabase database = new();
    private readonly string realWorkbook;

    public HostileWorkbookTests()
    {
        InstitutionCatalogSeed.Add(database.Target, InstitutionCatalogSeed.TemplateDane);
        var template = Path.Combine(database.Folder, "plantilla");
        PlanTemplateWriter.Write(template);
        realWorkbook = Path.Combine(template, PlanTemplateWriter.WorkbookFile);
    }

    public void Dispose() => database.Dispose();

    private string PathOf(string name) => Path.Combine(database.Folder, name);

    private (PlanLoadResult Result, long Allocated) LoadMeasured(string path)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Assert.Single(PlanLoader.Load(database.Target, [path], LoadDate, LoadedAt));
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Load_RefusesBeforeInflating_WhenWorkbookIsA1GiBBomb()
    {
        // Arrange
        var bomb = HostileWorkbooks.Bomb(PathOf("bomba.xlsx"));

        // Act
        var (result, allocated) = LoadMeasured(bomb);

        // Assert
        Assert.True(new FileInfo(bomb).Length < 2 * 1024 * 1024, "the bomb itself is small");
        Assert.False(result.Loaded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("bomba.xlsx", error.File);
        Assert.Contains("bomba de descompresión", error.Cause, StringComparison.Ordinal);
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Load_RefusesByCountingInflatedBytes_WhenTheZipLiesAboutSizes()
    {
        // Arrange
        var bomb = HostileWorkbooks.LyingBomb(PathOf("bomba_mentirosa.xlsx"));

        // Act
        var (result, allocated) = LoadMeasured(bomb);

        // Assert
        Assert.False(result.Loaded);
        // .NET's ZIP reader stops at the declared size, so the part reads as cut-off XML: refused either way, never inflated.
        Assert.Matches("bomba de descompresión|ZIP está dañado|no es XML válido", Assert.Single(result.Errors).Cause);
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Load_RefusesNamingTheDtd_WhenWorkbookExpandsEntities()
    {
        // Arrange
        var laughs = HostileWorkbooks.BillionLaughs(realWorkbook, PathOf("risas.xlsx"));

        // Act
        var (result, allocated) = LoadMeasured(laughs);

        // Assert
        Assert.False(result.Loaded);
        Assert.Contains("DTD", Assert.Single(result.Errors).Cause, StringComparison.Ordinal);
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Load_RefusesNamingTheCount_WhenZipHasThousandsOfParts()
    {
        // Arrange
        var many = HostileWorkbooks.ManyEntries(realWorkbook, PathOf("partes.xlsx"));

        // Act
        var (result, _) = LoadMeasured(many);

        // Assert
        Assert.False(result.Loaded);
        Assert.Contains("partes", Assert.Single(result.Errors).Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void Load_RefusesAsUnreadable_WhenWorkbookIsCutOff(double fraction)
    {
        // Arrange
        var cut = HostileWorkbooks.Truncated(realWorkbook, PathOf("cortado.xlsx"), fraction);

        // Act
        var (result, _) = LoadMeasured(cut);

        // Assert
        Assert.False(result.Loaded);
        Assert.Contains("no es un libro de Excel", Assert.Single(result.Errors).Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RefusesTheSheet_WhenOneCellSitsAMillionRowsDown()
    {
        // Arrange: one far cell is a tiny file, but reading every row up to it would make millions of cells.
        var far = PathOf("celda_lejana.xlsx");
        using (var workbook = new XLWorkbook(realWorkbook))
        {
            workbook.Worksheet(2).Cell(1_000_000, 1).Value = "x";
            workbook.SaveAs(far);
        }

        // Act
        var (result, _) = LoadMeasured(far);

        // Assert
        Assert.False(result.Loaded);
        Assert.Contains(result.Errors, e => e.Cause.Contains("1000000", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_StillLoadsTheRealTemplate_AfterTheGuard()
    {
        // Act
        var (result, _) = LoadMeasured(realWorkbook);

        // Assert
        Assert.True(result.Loaded, string.Join("\n", result.Errors));
    }
}
