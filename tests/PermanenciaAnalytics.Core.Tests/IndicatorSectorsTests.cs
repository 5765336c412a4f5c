using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Core.Tests;

public class IndicatorSectorsTests
{
    [Theory]
    [InlineData("OFICIAL", IndicatorSector.Oficial)]
    [InlineData(" oficial ", IndicatorSector.Oficial)]
    [InlineData("SGP DEFENSA", IndicatorSector.Oficial)]
    [InlineData(null, IndicatorSector.Oficial)]
    [InlineData("NO OFICIAL", IndicatorSector.NoOficial)]
    [InlineData("No_Oficial", IndicatorSector.NoOficial)]
    [InlineData("PRIVADO", IndicatorSector.NoOficial)]
    public void OfLoadedValue_ClassifiesTheSimatSector_ForEachSpelling(string? value, IndicatorSector expected)
    {
        // Act
        var actual = IndicatorSectors.OfLoadedValue(value);

        // Assert
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("oficial", IndicatorSector.Oficial)]
    [InlineData("no_oficial", IndicatorSector.NoOficial)]
    [InlineData("all", IndicatorSector.All)]
    [InlineData(null, null)]
    [InlineData("mixto", null)]
    public void Parse_ReadsTheOptionValue_ForEachKey(string? text, IndicatorSector? expected)
    {
        // Act
        var actual = IndicatorSectors.Parse(text);

        // Assert
        Assert.Equal(expected, actual);
    }
}
