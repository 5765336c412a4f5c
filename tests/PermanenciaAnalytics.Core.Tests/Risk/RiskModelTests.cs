using PermanenciaAnalytics.Core.Risk;

namespace PermanenciaAnalytics.Core.Tests.Risk;

public class RiskModelTests
{
    private static readonly RiskModel Model = new(
        3,
        new Dictionary<string, int> { [RiskFactorCatalog.ExtraEdad] = 25, [RiskFactorCatalog.PriorYearWithdrawal] = 30, [RiskFactorCatalog.Migrant] = 10, [RiskFactorCatalog.Gap] = 60 },
        20,
        40,
        6m,
        8);

    [Theory]
    [InlineData(new string[0], 0, RiskBand.Bajo)]
    [InlineData(new[] { RiskFactorCatalog.Migrant }, 10, RiskBand.Bajo)]
    [InlineData(new[] { RiskFactorCatalog.ExtraEdad }, 25, RiskBand.Medio)]
    [InlineData(new[] { RiskFactorCatalog.ExtraEdad, RiskFactorCatalog.Migrant }, 35, RiskBand.Medio)]
    [InlineData(new[] { RiskFactorCatalog.PriorYearWithdrawal, RiskFactorCatalog.Migrant }, 40, RiskBand.Alto)]
    [InlineData(new[] { RiskFactorCatalog.ExtraEdad, RiskFactorCatalog.PriorYearWithdrawal, RiskFactorCatalog.Gap }, 100, RiskBand.Alto)]
    [InlineData(new[] { RiskFactorCatalog.Victim }, 0, RiskBand.Bajo)]
    public void Score_SumsPointsCappedAt100AndBandsByCutPoints_WhenFactorsAreGiven(string[] factors, int expectedScore, RiskBand expectedBand)
    {
        // Arrange: the model above (no points for víctima). Act
        var score = Model.Score(factors);

        // Assert
        Assert.Equal(expectedScore, score);
        Assert.Equal(expectedBand, Model.BandOf(score));
    }

    [Fact]
    public void Problem_NamesTheFault_WhenCutPointsOrPointsOrCodesAreWrong()
    {
        // Arrange
        var crossed = Model with { BandMedio = 50, BandAlto = 40 };
        var tooMany = Model with { Points = new Dictionary<string, int> { [RiskFactorCatalog.Migrant] = 101 } };
        var unknown = Model with { Points = new Dictionary<string, int> { ["estrato"] = 5 } };

        // Act / Assert
        Assert.Null(Model.Problem());
        Assert.Contains("puntos de corte", crossed.Problem(), StringComparison.Ordinal);
        Assert.Contains("'migrante'", tooMany.Problem(), StringComparison.Ordinal);
        Assert.Contains("Factor desconocido 'estrato'", unknown.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_HasUniqueCodesAndSpanishLabels_ForEveryFactor()
    {
        // Arrange / Act
        var codes = RiskFactorCatalog.All.Select(f => f.Code).ToList();

        // Assert
        Assert.Equal(13, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(RiskFactorCatalog.All, f => Assert.NotEqual(f.Code, f.Label));
        Assert.Equal("Desertó el año anterior", RiskFactorCatalog.Label(RiskFactorCatalog.PriorYearWithdrawal));
    }
}
