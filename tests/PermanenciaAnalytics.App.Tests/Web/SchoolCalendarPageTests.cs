using System.Net;
using PermanenciaAnalytics.Core.Calendar;
using PermanenciaAnalytics.Reports.Calendar;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// Issue 13 item 7: the institution page's month table follows the year's stored calendar. With calendar A it runs
/// February–November (10 rows); with 2025 set to 13 January – 28 November it starts in January (11 rows).
/// </summary>
public sealed class SchoolCalendarPageTests
{
    [Fact]
    public async Task InstitutionPage_ShowsJanuaryAsASchoolMonth_WhenTheYearsCalendarStartsInJanuary()
    {
        // Arrange: the calendar is set before the first view, as `calendar set` does before the data are read.
        await using var site = await WebTestSite.StartAsync();
        InstitutionTestData.AddPlan(site.Database.Target);
        SchoolCalendarStore.Set(site.Database.Target, new SchoolCalendar(2025, new DateOnly(2025, 1, 13), new DateOnly(2025, 11, 28)));

        // Act
        var html = await PageAsync(site, $"/instituciones/{SeedData.OwnDane}?anio=2025");
        var csv = await PageAsync(site, $"/instituciones/{SeedData.OwnDane}/tablas/meses.csv?anio=2025");

        // Assert
        Assert.Contains("<tr><th scope=\"row\">enero</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">noviembre</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr><th scope=\"row\">diciembre</th>", html, StringComparison.Ordinal);
        Assert.StartsWith("enero;", csv.Split('\n')[1].TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstitutionPage_StartsInFebruary_WhenNoCalendarIsSet()
    {
        // Arrange
        await using var site = await WebTestSite.StartAsync();
        InstitutionTestData.AddPlan(site.Database.Target);

        // Act
        var html = await PageAsync(site, $"/instituciones/{SeedData.OwnDane}?anio=2025");

        // Assert
        Assert.DoesNotContain("<tr><th scope=\"row\">enero</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">febrero</th>", html, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(WebTestSite site, string path)
    {
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");
        using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
