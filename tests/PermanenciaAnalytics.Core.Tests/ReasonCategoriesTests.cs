using PermanenciaAnalytics.Core.Simpade;

namespace PermanenciaAnalytics.Core.Tests;

public class ReasonCategoriesTests
{
    [Fact]
    public void KnownCodes_HoldAllFiftyFourSimpadeReasons()
    {
        // Act
        var codes = ReasonCategories.KnownCodes;

        // Assert
        Assert.Equal(54, codes.Count);
    }

    [Theory]
    [InlineData("TRABAJAR", ReasonCategory.Individual)]
    [InlineData("CAMBIO DE RESIDENCIA", ReasonCategory.Familiar)]
    [InlineData("CAMBIO_DE_RESIDENCIA", ReasonCategory.Familiar)]
    [InlineData("MATONEO ESCOLAR (BULLYING)", ReasonCategory.Escolar)]
    [InlineData("LAS METODOLOGIAS Y PROCESOS PEDAGOGICOS NO RESPONDEN A SUS PARTICULARIDADES", ReasonCategory.Escolar)]
    [InlineData("PRESENCIA DE GRUPOS ARMADOS", ReasonCategory.Contextual)]
    [InlineData("OTRAS", ReasonCategory.Otra)]
    [InlineData("RAZON NUEVA", ReasonCategory.Otra)]
    public void CategoryOf_ReturnsMenCategory_ForStoredReasonCode(string code, ReasonCategory expected)
    {
        // Act
        var category = ReasonCategories.CategoryOf(code);

        // Assert
        Assert.Equal(expected, category);
    }
}
