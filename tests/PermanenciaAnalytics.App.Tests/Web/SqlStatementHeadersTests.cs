namespace PermanenciaAnalytics.App.Tests.Web;

public class SqlStatementHeadersTests
{
    [Fact]
    public async Task Responses_CarryNoSqlHeaders_ByDefault()
    {
        // Arrange
        await using var site = await WebTestSite.StartAsync();
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        using var response = await session.Client.GetAsync(new Uri($"/instituciones/{SeedData.OwnDane}?anio=2025", UriKind.Relative));

        // Assert
        Assert.True(response.IsSuccessStatusCode);
        Assert.False(response.Headers.Contains("X-Sql-Statements"));
        Assert.False(response.Headers.Contains("X-Sql-Connections"));
    }

    [Fact]
    public async Task Responses_CountTheRequestsOwnStatements_WhenSqlStatementHeadersAreOn()
    {
        // Arrange
        await using var site = await WebTestSite.StartAsync(configure: builder => builder.Configuration["Permanencia:SqlStatementHeaders"] = "true");
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        using var page = await session.Client.GetAsync(new Uri($"/instituciones/{SeedData.OwnDane}?anio=2025", UriKind.Relative));
        using var form = await session.Client.GetAsync(new Uri("/login", UriKind.Relative));

        // Assert
        Assert.True(page.IsSuccessStatusCode);
        Assert.True(int.Parse(page.Headers.GetValues("X-Sql-Statements").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.True(int.Parse(page.Headers.GetValues("X-Sql-Connections").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        // The login form reads nothing: a count that leaked from another request would show here.
        Assert.Equal("0", form.Headers.GetValues("X-Sql-Statements").Single());
    }
}
