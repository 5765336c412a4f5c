using System.Net;
using PermanenciaAnalytics.App.Web.Data;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class OutreachFilterTests
{
    private static readonly WithdrawnStudent[] Cases =
    [
        Case("A", 6, null),
        Case("B", 6, OutreachOutcome.Contactado),
        Case("C", 8, null),
        Case("D", 8, OutreachOutcome.Reintegrado),
        Case("E", 10, OutreachOutcome.NoLocalizado),
    ];

    [Theory]
    [InlineData(null, null, "A,B,C,D,E")]
    [InlineData("6", null, "A,B")]
    [InlineData(null, "pendiente", "A,C")]
    [InlineData(null, "con-resultado", "B,D,E")]
    [InlineData("8", "pendiente", "C")]
    [InlineData("10", "pendiente", "")]
    [InlineData("sexto", "cualquiera", "A,B,C,D,E")] // unknown values filter nothing
    public void Apply_KeepsTheCasesOfTheGradeAndState(string? grade, string? state, string expected)
    {
        // Act
        var kept = OutreachFilter.Parse(grade, state).Apply(Cases);

        // Assert
        Assert.Equal(expected, string.Join(",", kept.Select(c => c.StudentKey)));
    }

    [Theory]
    [InlineData(null, null, "")]
    [InlineData("8", null, "grado=8")]
    [InlineData("-1", "pendiente", "grado=-1&estado=pendiente")]
    public void Query_CarriesTheFilterToTheDownload(string? grade, string? state, string expected)
    {
        // Act and assert
        Assert.Equal(expected, OutreachFilter.Parse(grade, state).Query);
    }

    private static WithdrawnStudent Case(string key, int grade, OutreachOutcome? outcome) => new()
    {
        StudentKey = key,
        InstitutionDane = SeedData.OwnDane,
        Grade = grade,
        LastCutSeen = new DateOnly(2025, 6, 30),
        Outcome = outcome,
    };
}

/// <summary>The filters over real HTTP: the page and its download list the same narrowed cases.</summary>
public sealed class OutreachFilterPageTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task OutreachPage_ListsNoCaseAndKeepsTheFilterInTheDownload_WhenFilteredToAGradeWithoutCases()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");
        var path = $"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025";
        var all = WebUtility.HtmlDecode(await session.Client.GetStringAsync(path));

        // Act
        var filtered = WebUtility.HtmlDecode(await session.Client.GetStringAsync(path + "&grado=11&estado=pendiente"));

        // Assert: the institution has cases, none of them in 11°; the download link carries both filters.
        Assert.DoesNotContain("0 casos", all, StringComparison.Ordinal);
        Assert.Contains(": 0 casos de ", filtered, StringComparison.Ordinal);
        Assert.Contains("Ningún caso con estos filtros.", filtered, StringComparison.Ordinal);
        Assert.Contains("busqueda-activa.csv?anio=2025&grado=11&estado=pendiente", filtered, StringComparison.Ordinal);
        Assert.Contains("<option value=\"pendiente\" selected", filtered, StringComparison.Ordinal);
    }
}
