using PermanenciaAnalytics.Etl.Official;

namespace PermanenciaAnalytics.Etl.Tests.Official;

public class MenNumbersTests
{
    [Theory]
    [InlineData("147272", 147272L)]
    [InlineData("147.272", 147272L)] // POBLACIÓN_5_16 of Cúcuta's 2021 row (nudc-7mev copy of 2025-07-22)
    [InlineData("147,272", 147272L)] // the same in the ssbastian/datasets dump
    [InlineData("3.802", 3802L)] // CÓDIGO_ETC of Cúcuta in 2021
    [InlineData("2,021", 2021L)] // AÑO of the 2021 rows in one dump
    [InlineData(" 54001 ", 54001L)]
    [InlineData("5001", 5001L)] // Medellín without its leading zero
    [InlineData("1.234.567", 1234567L)]
    public void TryParseCount_DropsThousandsSeparators_WhenBetweenGroupsOfThree(string text, long expected)
    {
        // Act
        var ok = MenNumbers.TryParseCount(text, out var value);

        // Assert
        Assert.True(ok);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("27.5")] // a decimal is not a count
    [InlineData("1.23.456")]
    [InlineData("12.34")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("2021.0")]
    public void TryParseCount_Refuses_WhenTheTextIsNotAWholeCount(string? text)
    {
        // Act
        var ok = MenNumbers.TryParseCount(text, out _);

        // Assert
        Assert.False(ok);
    }

    [Theory]
    [InlineData("3.23", "3.23")] // municipal file
    [InlineData("4.77%", "4.77")] // departmental file
    [InlineData(" 4.77 % ", "4.77")]
    [InlineData("3,23", "3.23")] // decimal comma
    [InlineData("6", "6")]
    [InlineData("0", "0")]
    [InlineData("100", "100")]
    [InlineData("7.905", "7.905")] // kept exactly as published: no float, no rounding
    public void TryParseRate_ReadsThePercent_WhenWrittenInAnyPublishedForm(string text, string expected)
    {
        // Act
        var ok = MenNumbers.TryParseRate(text, out var value);

        // Assert
        Assert.True(ok);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryParseRate_GivesNull_WhenBlank(string? text)
    {
        // Act
        var ok = MenNumbers.TryParseRate(text, out var value);

        // Assert
        Assert.True(ok);
        Assert.Null(value);
    }

    [Theory]
    [InlineData("n/d")]
    [InlineData("1.234,5")] // a thousands separator and a decimal comma: not a rate
    [InlineData("100.01")] // above 100 %
    [InlineData("-1")]
    [InlineData("%")]
    [InlineData("3.2.1")]
    public void TryParseRate_Refuses_WhenTheTextIsNotAPercentUpTo100(string text)
    {
        // Act
        var ok = MenNumbers.TryParseRate(text, out _);

        // Assert
        Assert.False(ok);
    }
}
