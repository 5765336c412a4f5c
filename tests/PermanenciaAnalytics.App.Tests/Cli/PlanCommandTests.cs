using System.Text;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

public sealed class PlanCommandTests : IDisposable
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

    [Fact]
    public async Task TemplateThenLoad_LoadsTheExamplePlan_AndReportsItsStatus()
    {
        // Arrange
        var folder = Path.Combine(database.Folder, "plantilla");
        InstitutionCatalogSeed.Add(database.Target, InstitutionCatalogSeed.TemplateDane);

        // Act
        var template = await Run("plan", "template", "--out", folder);
        var load = await Run("plan", "load", Path.Combine(folder, "plan_permanencia.xlsx"));

        // Assert
        Assert.Equal(0, template.Code);
        Assert.True(File.Exists(Path.Combine(folder, "estrategias.csv")));
        Assert.Equal(0, load.Code);
        Assert.Contains("Plan cargado: institución 154001000123, año 2025", load.Output, StringComparison.Ordinal);
        // Received now, long after 14 August 2025: late, whatever the workbook's 10 August says.
        Assert.Contains("(tarde); fecha declarada en el libro: 2025-08-10", load.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ExitsWithTwoNamingFileAndCode_WhenTheDaneCodeIsNotInTheCatalogue()
    {
        // Arrange: a catalogue without the template's institution.
        var folder = Path.Combine(database.Folder, "plantilla");
        InstitutionCatalogSeed.Add(database.Target, "154001000999");
        await Run("plan", "template", "--out", folder);

        // Act
        var load = await Run("plan", "load", Path.Combine(folder, "plan_permanencia.xlsx"));

        // Assert
        Assert.Equal(2, load.Code);
        Assert.Contains("plan_permanencia.xlsx, columna «Código DANE institución», valor «154001000123»: la institución con código DANE 154001000123 no está en el catálogo", load.Error, StringComparison.Ordinal);
        Assert.Contains("fue rechazado y no se cargó nada", load.Error, StringComparison.Ordinal);
        Assert.Empty(load.Output);
    }

    [Fact]
    public async Task Load_ExitsWithTwoAndNamesTheCell_WhenThePlanIsInvalid()
    {
        // Arrange
        var folder = Path.Combine(database.Folder, "plantilla");
        await Run("plan", "template", "--out", folder);
        File.AppendAllText(Path.Combine(folder, "metas.csv"), "media;ochenta\r\n", new UTF8Encoding(false));

        // Act
        var load = await Run("plan", "load", folder);

        // Assert
        Assert.Equal(2, load.Code);
        Assert.Contains("metas.csv, fila 3, columna «Tasa máxima de deserción (%)», valor «ochenta»", load.Error, StringComparison.Ordinal);
        Assert.Contains("fue rechazado y no se cargó nada", load.Error, StringComparison.Ordinal);
        Assert.Empty(load.Output);
    }
}
