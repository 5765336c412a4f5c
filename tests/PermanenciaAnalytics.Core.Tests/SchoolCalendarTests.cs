using PermanenciaAnalytics.Core.Calendar;

namespace PermanenciaAnalytics.Core.Tests;

public class SchoolCalendarTests
{
    [Fact]
    public void CalendarA_RunsFebruaryToNovember_ForAnyYear()
    {
        // Act
        var calendar = SchoolCalendar.CalendarA(2025);

        // Assert
        Assert.Equal((2, 11, true), (calendar.FirstMonth, calendar.LastMonth, calendar.IsDefault));
    }

    [Theory]
    [InlineData("2026-11-27", "2026-01-19", 2026)]
    [InlineData("2026-01-19", "2026-01-19", 2026)]
    [InlineData("2025-01-19", "2025-11-27", 2026)]
    public void Constructor_Refuses_WhenTheDatesAreReversedOrOfAnotherYear(string start, string end, int year)
    {
        // Act
        var error = Record.Exception(() => new SchoolCalendar(year, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));

        // Assert
        Assert.IsType<ArgumentException>(error);
    }
}
