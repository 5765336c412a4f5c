using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Tests.Validation;

public sealed class ExtractDatesTests
{
    [Theory]
    [InlineData("2024-03-15", 2024, 3, 15)]
    [InlineData("2024-03-15 00:00:00", 2024, 3, 15)]
    [InlineData("2025-12-13 08:00:49.1", 2025, 12, 13)]
    [InlineData("2025-12-13 08:00:49.18", 2025, 12, 13)]
    [InlineData("2025-12-13 08:00:49.187", 2025, 12, 13)]
    [InlineData("14/05/2012", 2012, 5, 14)]
    [InlineData(" 01/12/2010 ", 2010, 12, 1)]
    [InlineData("5/3/2024", 2024, 3, 5)]
    [InlineData("05/03/2024 14:30:00", 2024, 3, 5)]
    [InlineData("2024-03-15T08:00:00", 2024, 3, 15)]
    [InlineData("2024-02-29 7:05", 2024, 2, 29)]
    public void TryParse_ReadsDate_WhenFormatIsSeenInExports(string raw, int y, int m, int d)
    {
        Assert.True(ExtractDates.TryParse(raw, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31-31-2024")]
    [InlineData("2024/03/15")]
    [InlineData("15-03-2024")]
    [InlineData("ayer")]
    [InlineData("2023-02-29")]
    [InlineData("2024-03-15 25:00:00")]
    [InlineData("2024-03-15 08:00:00.12345678")]
    [InlineData("2024-03-15x")]
    [InlineData("32/01/2024")]
    [InlineData("01/13/2024")]
    [InlineData("1/1/24")]
    [InlineData("")]
    public void TryParse_Fails_WhenFormatIsUnknown(string raw)
    {
        Assert.False(ExtractDates.TryParse(raw, out _));
    }

    [Theory]
    [InlineData("1.090.123-4", "10901234")]
    [InlineData(" ab 12 ", "AB12")]
    public void NormalizeDocument_KeepsLettersAndDigits_WhenDocumentHasPunctuation(string raw, string expected)
    {
        Assert.Equal(expected, StudentKeys.NormalizeDocument(raw));
        Assert.Equal(StudentKeys.DocumentHash(expected), StudentKeys.DocumentHash(raw));
        Assert.Equal(16, StudentKeys.DocumentHash(raw).Length);
    }

    [Theory]
    [InlineData("DÃ‰CIMO", "DÉCIMO")]
    [InlineData("ACELERACIÃ“N", "ACELERACIÓN")]
    [InlineData("SEPTIMO", "SEPTIMO")]
    public void Repair_UndoesDoubleEncoding_WhenValueIsMojibake(string raw, string expected)
    {
        Assert.Equal(expected, MojibakeRepair.Repair(raw));
    }
}
