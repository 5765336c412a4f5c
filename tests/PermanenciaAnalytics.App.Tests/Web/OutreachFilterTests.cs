using System.Net;
using PermanenciaAnalytics.App.Web.Data;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class OutreachFilterTests
{
    private static readonly DateOnly Today = new(2025, 11, 20);

    private static readonly WithdrawnStudent[] Cases =
    [
        Case("A", 6, OutreachCaseStates.Open, null),
        Case("B", 6, OutreachCaseStates.FollowUp, new DateOnly(2025, 11, 20)),
        Case("C", 8, OutreachCaseStates.FollowUp, new DateOnly(2025, 11, 21)),
        Case("D", 8, OutreachCaseStates.Closed, null),
        Case("E", 10, OutreachCaseStates.FollowUp, new DateOnly(2025, 11, 2)),
        Case("F", 10, OutreachCaseStates.Open, null) with { Origin = OutreachCaseOrigins.AtRisk, RiskBand = "alto" },
        Case("G", 6, OutreachCaseStates.FollowUp, null) with { Origin = OutreachCaseOrigins.AtRisk, RiskBand = "medio" },
    ];

    [Theory]
    [InlineData(null, null, null, "A,B,C,D,E,F,G")]
    [InlineData("6", null, null, "A,B,G")]
    [InlineData(null, "abierto", null, "A,F")]
    [InlineData(null, "en-seguimiento", null, "B,C,E,G")]
    [InlineData(null, "cerrado", null, "D")]
    [InlineData("8", "en-seguimiento", null, "C")]
    [InlineData(null, null, "vencidas", "B,E")]
    [InlineData("6", null, "vencidas", "B")]
    [InlineData("sexto", "cualquiera", "todas", "A,B,C,D,E,F,G")] // unknown values filter nothing
    public void Apply_KeepsTheCasesOfTheGradeStateAndCallsDue_WhenFiltered(string? grade, string? state, string? call, string expected)
    {
        // Act
        var kept = OutreachFilter.Parse(grade, state, call).Apply(Cases, Today);

        // Assert
        Assert.Equal(expected, string.Join(",", kept.Select(c => c.StudentKey)));
    }

    [Theory]
    [InlineData("riesgo", null, "F,G")]
    [InlineData("retirado", null, "A,B,C,D,E")]
    [InlineData("riesgo", "abierto", "F")]
    [InlineData("retirado", "abierto", "A")]
    [InlineData("otro", null, "A,B,C,D,E,F,G")] // unknown origin filters nothing
    public void Apply_KeepsTheCasesOfTheOrigin_WhenFilteredByOrigen(string origin, string? state, string expected)
    {
        // Act
        var filter = OutreachFilter.Parse(null, state, null, origin);
        var kept = filter.Apply(Cases, Today);

        // Assert
        Assert.Equal(expected, string.Join(",", kept.Select(c => c.StudentKey)));
    }

    [Theory]
    [InlineData("alto", null, "F")]
    [InlineData("medio", null, "G")]
    [InlineData("bajo", null, "")]
    [InlineData("medio", "6", "G")]
    [InlineData("alto", "6", "")]
    [InlineData("altísimo", null, "A,B,C,D,E,F,G")] // unknown band filters nothing
    public void Apply_KeepsOnlyTheRiskCasesOfTheBand_WhenFilteredByBanda(string band, string? grade, string expected)
    {
        // Act
        var kept = OutreachFilter.Parse(grade, null, null, null, band).Apply(Cases, Today);

        // Assert
        Assert.Equal(expected, string.Join(",", kept.Select(c => c.StudentKey)));
    }

    [Theory]
    [InlineData(null, null, null, "")]
    [InlineData("8", null, null, "grado=8")]
    [InlineData("-1", "en-seguimiento", "vencidas", "grado=-1&estado=en-seguimiento&llamar=vencidas")]
    [InlineData(null, null, null, "origen=riesgo", "riesgo")]
    [InlineData("7", null, null, "grado=7&origen=riesgo&banda=alto", "riesgo", "alto")]
    public void Query_CarriesTheFilterToTheDownload_WhenFiltered(string? grade, string? state, string? call, string expected, string? origin = null, string? band = null)
    {
        // Act and assert
        Assert.Equal(expected, OutreachFilter.Parse(grade, state, call, origin, band).Query);
    }

    private static WithdrawnStudent Case(string key, int grade, string state, DateOnly? next) => new()
    {
        StudentKey = key,
        InstitutionDane = SeedData.OwnDane,
        Grade = grade,
        LastCutSeen = new DateOnly(2025, 6, 30),
        CaseState = state,
        NextCallOn = next,
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
        var filtered = WebUtility.HtmlDecode(await session.Client.GetStringAsync(path + "&grado=11&estado=abierto"));

        // Assert: the institution has cases, none of them in 11°; the download link carries both filters.
        Assert.DoesNotContain("0 casos", all, StringComparison.Ordinal);
        Assert.Contains(": 0 casos de ", filtered, StringComparison.Ordinal);
        Assert.Contains("Ningún caso con estos filtros.", filtered, StringComparison.Ordinal);
        Assert.Contains("busqueda-activa.csv?anio=2025&grado=11&estado=abierto", filtered, StringComparison.Ordinal);
        Assert.Contains("<option value=\"abierto\" selected", filtered, StringComparison.Ordinal);
    }
}
