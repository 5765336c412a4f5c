using System.Net;
using System.Text;
using ClosedXML.Excel;
using PermanenciaAnalytics.App.Web.Data;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>The dashboard's búsqueda-activa figures over real HTTP, against <see cref="CaseScenario"/>'s hand-computed values.</summary>
public sealed class DashboardCaseFiguresTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    private static string Row(string header, params string[] cells) =>
        $"<tr><th scope=\"row\">{header}</th>" + string.Concat(cells.Select(c => $"<td class=\"num\">{c}</td>")) + "</tr>";

    [Fact]
    public async Task Dashboard_ShowsEachInstitutionsAndTheCitysCaseFigures_WhenContactsAreRecorded()
    {
        // Arrange
        CaseScenario.Record(site.Database.Target);
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        var html = WebUtility.HtmlDecode(await session.Client.GetStringAsync("/tablero?anio=2025"));

        // Assert
        Assert.Contains(Row($"IE SIMÓN BOLÍVAR<br><small>{SeedData.OwnDane}</small>", "2", "1", "50,00 %", "50,00 %", "130"), html, StringComparison.Ordinal);
        Assert.Contains(Row($"IE FRANCISCO DE PAULA SANTANDER<br><small>{SeedData.OtherDane}</small>", "2", "1", "0,00 %", "0,00 %", "2"), html, StringComparison.Ordinal);
        Assert.Contains("<tfoot>" + Row("Total municipal", "4", "2", "25,00 %", "25,00 %", "102") + "</tfoot>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("VALENTINA", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_CountsEveryWithdrawnStudentAsOpenAndShowsNoMedian_WhenNoContactIsRecorded()
    {
        // Arrange: the seed's three dropouts (S2, S3 of A; S6 of B) and no case row at all.
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        var html = WebUtility.HtmlDecode(await session.Client.GetStringAsync("/tablero?anio=2025"));

        // Assert
        Assert.Contains(Row($"IE SIMÓN BOLÍVAR<br><small>{SeedData.OwnDane}</small>", "2", "2", "0,00 %", "0,00 %", "—"), html, StringComparison.Ordinal);
        Assert.Contains("<tfoot>" + Row("Total municipal", "3", "3", "0,00 %", "0,00 %", "—") + "</tfoot>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_KeepsTheCountsByResultInANarrowCityTable_WhenContactsAreRecorded()
    {
        // Arrange
        CaseScenario.Record(site.Database.Target);
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        var html = WebUtility.HtmlDecode(await session.Client.GetStringAsync("/tablero?anio=2025"));

        // Assert: the latest results are reintegrado (S3), no contesta (S2) and no localizado (S7).
        var details = html[html.IndexOf("<details><summary>Casos por resultado", StringComparison.Ordinal)..];
        Assert.Contains("<tr><th scope=\"row\">Reintegrado</th><td class=\"num\">1</td><td>Sí</td></tr>", details, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">No contesta / número errado</th><td class=\"num\">1</td><td>No</td></tr>", details, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">No localizado</th><td class=\"num\">1</td><td>Sí</td></tr>", details, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Contactado</th><td class=\"num\">0</td><td>No</td></tr>", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_HasThePagesFiguresInSpanishCsv_WhenTheSecretariaAsksForTheTable()
    {
        // Arrange
        CaseScenario.Record(site.Database.Target);
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        var csv = Encoding.UTF8.GetString(await session.Client.GetByteArrayAsync("/tablero/tablas/busqueda-activa.csv?anio=2025"));
        var results = Encoding.UTF8.GetString(await session.Client.GetByteArrayAsync("/tablero/tablas/busqueda-activa-resultados.csv?anio=2025"));

        // Assert
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "Institución;Código DANE;Casos;Abiertos;Contactados (%);Reintegrados (%);Mediana de días al primer contacto",
            $"IE SIMÓN BOLÍVAR;{SeedData.OwnDane};2;1;50,00;50,00;130",
            $"IE FRANCISCO DE PAULA SANTANDER;{SeedData.OtherDane};2;1;0,00;0,00;2",
            "Total municipal;;4;2;25,00;25,00;102",
        ], lines);
        Assert.Contains($"{SeedData.OwnDane};0;1;1;0;0;0;0;0;0;0;0;0;1", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_WritesTypedCellsInXlsx_WhenTheSecretariaAsksForTheWorkbook()
    {
        // Arrange
        CaseScenario.Record(site.Database.Target);
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        var bytes = await session.Client.GetByteArrayAsync("/tablero/tablas/busqueda-activa.xlsx?anio=2025");

        // Assert: row 2 is A; the shares are fractions shown as percents, the median a plain number.
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheet(1);
        Assert.Equal("IE SIMÓN BOLÍVAR", sheet.Cell(2, 1).GetString());
        Assert.Equal(2d, sheet.Cell(2, 3).GetDouble());
        Assert.Equal(0.5d, sheet.Cell(2, 5).GetDouble(), 6);
        Assert.Equal("0.00%", sheet.Cell(2, 5).Style.NumberFormat.Format);
        Assert.Equal(130d, sheet.Cell(2, 7).GetDouble());
        Assert.Equal("Total municipal", sheet.Cell(4, 1).GetString());
        Assert.Equal(102d, sheet.Cell(4, 7).GetDouble());
    }

    [Fact]
    public void Readers_ReturnTheHandComputedFigures_WhenReadStraightFromSqlite()
    {
        // Arrange (SqlServerReadersTests asserts the same on SQL Server)
        CaseScenario.Record(site.Database.Target);

        // Act
        var figures = CaseFiguresTable.Read(site.Database.Target, SeedData.Year);
        var months = CaseMonthCount.Read(site.Database.Target, SeedData.Year, SeedData.OwnDane);

        // Assert
        Assert.Equal(new CaseFigures(2, 1, 1, 1, 130m), figures.ByInstitution[SeedData.OwnDane]);
        Assert.Equal(new CaseFigures(2, 1, 0, 0, 2m), figures.ByInstitution[SeedData.OtherDane]);
        Assert.Equal(new CaseFigures(4, 2, 1, 1, 102m), figures.City);
        Assert.Equal(12, months.Count);
        Assert.Equal(new CaseMonthCount(6, 1, 1), months[5]);
        Assert.Equal(new CaseMonthCount(11, 0, 0), months[10]);
    }

    [Fact]
    public void Median_TakesTheMeanOfTheTwoMiddleCases_WhenTheirNumberIsEven()
    {
        // Arrange: 1, 3, 3, 8 days.
        IReadOnlyList<(long Days, long Cases)> distribution = [(1, 1), (3, 2), (8, 1)];

        // Act
        var median = CaseFiguresTable.Median(distribution);

        // Assert
        Assert.Equal(3m, median);
        Assert.Equal(5.5m, CaseFiguresTable.Median([(3, 1), (8, 1)]));
        Assert.Null(CaseFiguresTable.Median([]));
    }
}
