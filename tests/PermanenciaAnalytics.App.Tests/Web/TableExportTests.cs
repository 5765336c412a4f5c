using System.Net;
using System.Text;
using ClosedXML.Excel;
using Dapper;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// Every table's download over real HTTP, checked against <see cref="SeedData"/>'s hand-computed figures: the city 7
/// enrolled, 3 dropouts → 42,86 % (all in grades 6–8, so all in Secundaria); institution A's grade 6: 2 enrolled,
/// 1 dropout → 50,00 %; A's withdrawn students S2 and S3.
/// </summary>
public sealed class TableExportTests : IAsyncLifetime
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private WebTestSite site = null!;

    // Threshold 2, as in ViewerSuppressionTests: institution B's grade 7 (1 student) is small, and grade 8 is reserved with it.
    public async Task InitializeAsync() => site = await WebTestSite.StartAsync(smallCellThreshold: 2);

    public async Task DisposeAsync() => await site.DisposeAsync();

    private async Task<(HttpStatusCode Status, byte[] Body, string? ContentType)> GetAsync(string user, string path)
    {
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync(user);
        using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.ToString());
    }

    private static string[] Lines(byte[] csv)
    {
        Assert.Equal(Bom, csv[..3]);
        return Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task DashboardLevels_DownloadsASpanishCsvWithCommaDecimals_ForCobertura()
    {
        // Act
        var (status, body, type) = await GetAsync("cobertura1", "/tablero/tablas/niveles.csv?anio=2025");

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv; charset=utf-8", type);
        var lines = Lines(body);
        Assert.Equal("Nivel;Matriculados;Desertores;Tasa de deserción (%);Tasa 2024 (%)", lines[0]);
        Assert.Contains("Secundaria;7;3;42,86;", lines);
    }

    [Fact]
    public async Task InstitutionGrades_DownloadsTypedXlsxCells_ForTheOwnRector()
    {
        // Act
        var (status, body, _) = await GetAsync("rectora", $"/instituciones/{SeedData.OwnDane}/tablas/grados.xlsx?anio=2025");

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        using var book = new XLWorkbook(new MemoryStream(body));
        var sheet = book.Worksheet(1);
        Assert.Equal(["Grado", "Matriculados", "Desertores", "Tasa de deserción (%)", "Traslados"], Enumerable.Range(1, 5).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal("6°", sheet.Cell(2, 1).GetString());
        Assert.Equal(2.0, sheet.Cell(2, 2).GetDouble());
        Assert.Equal(1.0, sheet.Cell(2, 3).GetDouble());
        Assert.Equal(0.5, sheet.Cell(2, 4).GetDouble(), 6);
        Assert.Equal("0.00%", sheet.Cell(2, 4).Style.NumberFormat.Format);
    }

    [Fact]
    public async Task Sedes_SaysReservadoInsteadOfCounts_WhenTheSecretariaDownloadsASmallInstitution()
    {
        // Act
        var (status, body, _) = await GetAsync("secretaria1", $"/instituciones/{SeedData.OtherDane}/tablas/grados.csv?anio=2025");

        // Assert: every cell of B is small, so the secretaría sees none of its counts.
        Assert.Equal(HttpStatusCode.OK, status);
        var rows = Lines(body)[1..];
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.EndsWith(";reservado;reservado;reservado;reservado", row, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OutreachCallSheet_ListsTheWithdrawnStudentsAndAuditsOnlyCounts_ForTheOwnRector()
    {
        // Act
        var (status, body, _) = await GetAsync("rectora", $"/instituciones/{SeedData.OwnDane}/busqueda-activa.csv?anio=2025");
        var (forbidden, _, _) = await GetAsync("secretaria1", $"/instituciones/{SeedData.OwnDane}/busqueda-activa.csv?anio=2025");

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        var lines = Lines(body);
        Assert.StartsWith("Estudiante;Documento;Origen;Último grado;Grupo;Último corte;", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("VALENTINA QUINTERO ROJAS;TI 1092345678;Retirado;6°;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("SANTIAGO JAIMES", StringComparison.Ordinal) && l.Contains(";01/03/2025;", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        using var connection = site.Database.Target.Open();
        var detail = connection.QuerySingle<string>("SELECT detail FROM audit_log WHERE action = 'exportar_tabla' AND user_name = 'rectora'");
        Assert.Equal("tabla busqueda-activa, 2 filas, csv", detail);
    }

    [Fact]
    public async Task Loads_ListTheLedgerInSpanish_ForCobertura()
    {
        // Act: SeedData's ledger holds three SIMAT cuts and one SIMPADE file, newest first.
        var (status, body, _) = await GetAsync("cobertura1", "/cargas.csv");

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        var lines = Lines(body);
        Assert.Equal("Carga;Archivo;Tipo;Estado;Leídas;Cargadas;Rechazadas;Mensaje", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("4;simpade-2025.csv;SIMPADE;", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_ListTheAccountsWithSpanishRolesAndNoPasswordHash_ForCobertura()
    {
        // Act
        var (status, body, _) = await GetAsync("cobertura1", "/usuarios.csv");

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        var lines = Lines(body);
        Assert.Equal("Usuario;Rol;Institución;Estado", lines[0]);
        Assert.Contains($"rectora;Rector(a);{SeedData.OwnDane};Activa", lines);
        Assert.DoesNotContain(lines, l => l.Contains("AQAAAA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_Answers404_WhenTheTableOrTheFormatIsUnknown()
    {
        // Act
        var (table, _, _) = await GetAsync("cobertura1", "/tablero/tablas/otra.csv?anio=2025");
        var (format, _, _) = await GetAsync("cobertura1", "/tablero/tablas/niveles.pdf?anio=2025");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, table);
        Assert.Equal(HttpStatusCode.NotFound, format);
    }

    [Fact]
    public async Task Pages_OfferTheDownloadOfEachTable_BesideIt()
    {
        // Act
        var (_, dashboard, _) = await GetAsync("cobertura1", "/tablero?anio=2025");
        var (_, institution, _) = await GetAsync("cobertura1", $"/instituciones/{SeedData.OwnDane}?anio=2025");

        // Assert
        var dashboardHtml = Encoding.UTF8.GetString(dashboard);
        foreach (var table in new[] { "niveles", "meses", "tendencia", "instituciones" })
        {
            Assert.Contains($"href=\"/tablero/tablas/{table}.xlsx?anio=2025\"", dashboardHtml, StringComparison.Ordinal);
        }

        var institutionHtml = Encoding.UTF8.GetString(institution);
        foreach (var table in new[] { "grados", "sedes", "meses", "tendencia" })
        {
            Assert.Contains($"href=\"/instituciones/{SeedData.OwnDane}/tablas/{table}.csv?anio=2025\"", institutionHtml, StringComparison.Ordinal);
        }
    }
}
