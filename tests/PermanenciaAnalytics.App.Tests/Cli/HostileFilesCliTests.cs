using System.Text;
using PermanenciaAnalytics.App.Cli;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

/// <summary>
/// Hostile files at the command line (issue 11): each is refused with exit code 2 and a Spanish sentence naming the
/// file on stderr — the 1 GiB bomb used to take the CLI to 2.2 GB and an unhandled exception, the billion-laughs
/// workbook to an unhandled XmlException and exit code 1, and a cut-off CSV loaded as a valid cut.
/// </summary>
public sealed class HostileFilesCliTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();

    public void Dispose() => database.Dispose();

    private async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--db", database.ConnectionString], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string RealWorkbook()
    {
        var folder = Path.Combine(database.Folder, "plantilla");
        PlanTemplateWriter.Write(folder);
        return Path.Combine(folder, PlanTemplateWriter.WorkbookFile);
    }

    public static TheoryData<string, string> Workbooks() => new()
    {
        { "bomba.xlsx", "bomba de descompresión" },
        { "risas.xlsx", "DTD" },
        { "cortado.xlsx", "no es un libro de Excel" },
    };

    [Theory]
    [MemberData(nameof(Workbooks))]
    public async Task LoadPlan_ExitsWith2AndNamesTheFile_WhenTheWorkbookIsHostile(string name, string cause)
    {
        // Arrange
        var path = Path.Combine(database.Folder, name);
        _ = name switch
        {
            "bomba.xlsx" => HostileWorkbooks.Bomb(path),
            "risas.xlsx" => HostileWorkbooks.BillionLaughs(RealWorkbook(), path),
            _ => HostileWorkbooks.Truncated(RealWorkbook(), path),
        };

        // Act
        var (code, _, error) = await Run("load", "plan", path);

        // Assert
        Assert.Equal(ExitCodes.InputRefused, code);
        Assert.Contains($"El plan {path} fue rechazado y no se cargó nada", error, StringComparison.Ordinal);
        Assert.Contains(name, error, StringComparison.Ordinal);
        Assert.Contains(cause, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadSimat_ExitsWith2AndNamesTheLine_WhenTheFileIsCutMidRow()
    {
        // Arrange: the sample cut without the end of its last row.
        var text = File.ReadAllText(TestData.PathOf("simat/plano54_2024-04-30.csv"), Encoding.UTF8).TrimEnd();
        var path = Path.Combine(database.Folder, "cortado_2024-04-30.csv");
        File.WriteAllText(path, text[..^120], new UTF8Encoding(false));

        // Act
        var (code, _, error) = await Run("load", "simat", path, "--rejects-dir", Path.Combine(database.Folder, "rechazos"));

        // Assert
        Assert.Equal(ExitCodes.InputRefused, code);
        Assert.Contains("El archivo 'cortado_2024-04-30.csv' fue rechazado: está incompleto", error, StringComparison.Ordinal);
        Assert.Contains("línea 5", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadSimat_ExitsWith2SayingItIsAWorkbook_WhenAnXlsxBombIsGivenAsAnExtract()
    {
        // Arrange
        var path = HostileWorkbooks.Bomb(Path.Combine(database.Folder, "bomba_2024-04-30.csv"));

        // Act
        var (code, _, error) = await Run("load", "simat", path, "--rejects-dir", Path.Combine(database.Folder, "rechazos"));

        // Assert
        Assert.Equal(ExitCodes.InputRefused, code);
        Assert.Contains("bomba_2024-04-30.csv", error, StringComparison.Ordinal);
        Assert.Contains("libro de Excel", error, StringComparison.Ordinal);
    }
}
