using Bunit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Tests.Web.Components;

public sealed class DashboardLevelTableTests : BunitContext
{
    private static IndicatorRow Level(string level, long enrolled, long dropouts, bool suppressed = false) =>
        new() { Year = 2025, Level = level, Enrolled = enrolled, Dropouts = dropouts, TransfersOut = 0, Suppressed = suppressed };

    [Fact]
    public void Render_ShowsLastYearsRateBeside_ReservedOrMissing_WhenLastYearLacksTheLevel()
    {
        // Arrange: primaria 30/1.200 = 2,50 % (last year 22/1.100 = 2,00 %); media 9/400 = 2,25 % (last year reserved);
        // aceleración 2/40 = 5,00 % (no row last year).
        IndicatorRow[] levels = [Level("primaria", 1200, 30), Level("media", 400, 9), Level("aceleracion", 40, 2)];
        IndicatorRow[] lastYear = [Level("primaria", 1100, 22), Level("media", 0, 0, suppressed: true)];

        // Act
        var table = Render<DashboardLevelTable>(p => p.Add(c => c.Year, 2025).Add(c => c.Levels, levels).Add(c => c.LastYear, lastYear));

        // Assert
        Assert.Equal(["1.200", "30", "2,50 %", "2,00 %"], table.Cells("Primaria"));
        Assert.Equal(["400", "9", "2,25 %", "reservado"], table.Cells("Media"));
        Assert.Equal(["40", "2", "5,00 %", "—"], table.Cells("Aceleración"));
    }

    [Fact]
    public void Render_WritesReservadoInEveryCountCell_WhenThisYearsLevelIsSuppressed()
    {
        // Arrange: a suppressed row arrives with its counts zeroed; 0 would be a false figure.
        IndicatorRow[] levels = [Level("adultos", 0, 0, suppressed: true)];

        // Act
        var table = Render<DashboardLevelTable>(p => p.Add(c => c.Year, 2025).Add(c => c.Levels, levels).Add(c => c.LastYear, []));

        // Assert
        Assert.Equal(["reservado", "reservado", "reservado", "—"], table.Cells("Adultos"));
    }
}
