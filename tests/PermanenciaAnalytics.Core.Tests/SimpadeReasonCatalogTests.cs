using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Core.Simpade;

namespace PermanenciaAnalytics.Core.Tests;

public class SimpadeReasonCatalogTests
{
    [Fact]
    public void All_HoldsTheFiftyFourFlags_WithDistinctCodes()
    {
        Assert.Equal(54, SimpadeReasonCatalog.All.Count);
        Assert.Equal(54, SimpadeReasonCatalog.All.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("SPD_RAZON_DESERC_CAMBIO_DE_RESIDENCIA", "CAMBIO DE RESIDENCIA", RiskFactorCategory.Familiar)]
    [InlineData("MATONEO_ESCOLAR_(BULLYING)", "MATONEO ESCOLAR (BULLYING)", RiskFactorCategory.Escolar)]
    [InlineData("NO_EXISTE_ORIENTACIÓN_SOCIO-OCUPACIONAL", "NO EXISTE ORIENTACION SOCIO-OCUPACIONAL", RiskFactorCategory.Escolar)]
    [InlineData("piensa que el estudio no le servirá de nada", "PIENSA QUE EL ESTUDIO NO LE SERVIRA DE NADA", RiskFactorCategory.Individual)]
    [InlineData("Cultivos ilícitos", "CULTIVOS ILICITOS", RiskFactorCategory.Contextual)]
    public void TryFind_AcceptsColumnSuffixOrLabel_AndReturnsTheLoaderCode(string text, string code, RiskFactorCategory category)
    {
        Assert.True(SimpadeReasonCatalog.TryFind(text, out var reason));
        Assert.Equal(code, reason.Code);
        Assert.Equal(category, reason.Category);
    }

    [Fact]
    public void InCategory_SplitsTheCatalog_IntoTheFourFamilies()
    {
        // domain.md §6 grouping: 13 individual, 7 familiar, 24 escolar, 10 contextual (OTRAS included).
        Assert.Equal(
            [13, 7, 24, 10],
            Enum.GetValues<RiskFactorCategory>().Select(c => SimpadeReasonCatalog.InCategory(c).Count()));
    }

    [Fact]
    public void TryFind_ReturnsFalse_ForAnUnknownReason() =>
        Assert.False(SimpadeReasonCatalog.TryFind("LLUVIAS", out _));

    [Theory]
    [InlineData("DESEMPLEO_DE_LOS_PADRES_O_ACUDIENTES", "Desempleo de los padres o acudientes")] // header suffix, as the demo stores it
    [InlineData("POCO GUSTO POR EL ESTUDIO", "Poco gusto por el estudio")]                     // code with spaces
    [InlineData("ECONOMICAS", "ECONOMICAS")]                                                    // not in the catalogue: shown as given
    public void LabelOf_GivesTheSpanishLabelOrTheCodeItself(string code, string expected)
    {
        // Act
        var label = SimpadeReasonCatalog.LabelOf(code);

        // Assert
        Assert.Equal(expected, label);
    }
}
