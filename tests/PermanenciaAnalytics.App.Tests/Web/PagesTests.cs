using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Dapper;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class PagesTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Login_RedirectsRectorToOwnInstitution_WhenCredentialsAreRight()
    {
        // Arrange
        using var session = new BrowserlessSession(site);

        // Act
        using var response = await session.LoginAsync("rectora");
        var page = await session.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}?anio=2025");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/instituciones/{SeedData.OwnDane}", response.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"es\">", page, StringComparison.Ordinal);
        Assert.Contains("IE SIMÓN BOLÍVAR", page, StringComparison.Ordinal);
        Assert.Contains("<caption>Indicadores por grado, 2025</caption>", page, StringComparison.Ordinal);
        Assert.Contains("50,00 %", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_Returns400_WhenAntiforgeryTokenIsMissing()
    {
        // Arrange
        using var client = site.Client(cookies: true);

        // Act
        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["usuario"] = "rectora",
            ["contrasena"] = SeedData.Password,
        }));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Login_RefusesRightPassword_AfterFiveWrongPasswordsWithTheSameMessage()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await session.LoginAsync("cobertura1", "mala-clave-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        // Act
        using var fifth = await session.LoginAsync("cobertura1", "mala-clave-5");
        using var right = await session.LoginAsync("cobertura1");

        // Assert: locked, yet worded like any wrong password (a lock must not reveal that the account exists).
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        var message = await right.Content.ReadAsStringAsync();
        Assert.Contains("Usuario o contraseña incorrectos.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("bloquead", message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized, fifth.StatusCode);
    }

    [Fact]
    public async Task Logout_EndsTheSession_SoPagesRedirectToLogin()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        using var logout = await session.PostFormAsync("/tablero", "/logout", []);
        using var after = await session.Client.GetAsync("/tablero");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutreachOutcome_IsStoredAndCountedForSecretariat_WhenRectorRecordsIt()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");
        var page = $"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025";

        // Act
        using var saved = await rector.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["estudiante"] = "S2",
            ["resultado"] = "reintegrado",
            ["fecha"] = "2025-11-10",
            ["nota"] = "Visita domiciliaria",
        });
        using var secretaria = new BrowserlessSession(site);
        using var login2 = await secretaria.LoginAsync("secretaria1");
        var dashboard = await secretaria.Client.GetStringAsync("/tablero?anio=2025");
        var listAfter = await rector.Client.GetStringAsync(page);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Último: Reintegrado (10/11/2025)", listAfter, StringComparison.Ordinal);
        Assert.Contains("Búsqueda activa: casos", dashboard, StringComparison.Ordinal);
        // A's cases: S2 (reintegrado on 10/11, 162 days after 01/06, its last enrolled cut) and S3 (no contact).
        Assert.Contains($"<small>{SeedData.OwnDane}</small></th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">50,00 %</td><td class=\"num\">50,00 %</td><td class=\"num\">162</td></tr>", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("VALENTINA", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DashboardCaseFigures_MoveWithTheNextContact_WhenTheDashboardWasViewedBefore()
    {
        // Arrange: the secretariat's view fills the cached case figures (A: S2 and S3, neither contacted yet).
        using var secretaria = new BrowserlessSession(site);
        using var login = await secretaria.LoginAsync("secretaria1");
        var before = await secretaria.Client.GetStringAsync("/tablero?anio=2025");
        using var rector = new BrowserlessSession(site);
        using var login2 = await rector.LoginAsync("rectora");
        var page = $"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025";

        // Act: a contact does not move the data version; the figures must move anyway.
        using var saved = await rector.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["estudiante"] = "S3",
            ["resultado"] = "contactado",
            ["fecha"] = "2025-11-12",
            ["nota"] = "",
        });
        var after = await secretaria.Client.GetStringAsync("/tablero?anio=2025");

        // Assert: two open cases before and after; contacted 0 % before, 50 % after (S3 reached, still open).
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"<small>{SeedData.OwnDane}</small></th><td class=\"num\">2</td><td class=\"num\">2</td><td class=\"num\">0,00 %</td>", before, StringComparison.Ordinal);
        Assert.Contains($"<small>{SeedData.OwnDane}</small></th><td class=\"num\">2</td><td class=\"num\">2</td><td class=\"num\">50,00 %</td>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutreachOutcome_IsRefused_WhenStudentBelongsToAnotherInstitution()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");
        var page = $"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025";

        // Act: S6 is institution B's case.
        using var response = await rector.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["estudiante"] = "S6",
            ["resultado"] = "contactado",
            ["fecha"] = "2025-11-10",
        });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no pertenece", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_SavesFileIntoInboxAndListsIt_ForCobertura()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");
        var token = await session.AntiforgeryAsync("/cargas");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__af");
        var file = new ByteArrayContent("ANO;DANE;GRADO_COD;ESTADO\n2025;154001000011;06;MATRICULADO\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "archivo", "SIMAT corte 2025-11-01.csv");

        // Act
        using var response = await session.Client.PostAsync("/cargas", form);
        var listing = await session.Client.GetStringAsync("/cargas");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(Directory.GetFiles(site.InboxFolder));
        Assert.EndsWith("-SIMAT_corte_2025-11-01.csv", saved, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(saved), listing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_ShowsWhoViewedStudentList_ToAdmin()
    {
        // Arrange
        using var rector = new BrowserlessSession(site);
        using var login = await rector.LoginAsync("rectora");
        await rector.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025");
        using var admin = new BrowserlessSession(site);
        using var login2 = await admin.LoginAsync("admin1");

        // Act
        var audit = await admin.Client.GetStringAsync("/auditoria");

        // Assert
        Assert.Contains("<td>rectora</td><td>Rector</td><td title=\"ver_busqueda_activa\">Consulta de búsqueda activa</td><td>154001000011</td><td>2025</td><td>2 estudiantes</td>", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_ShowsOnlyTheMatchingEntries_WhenTheAdminFiltersByActionAndUser()
    {
        // Arrange: the rector opens búsqueda activa and a grade list; cobertura opens a grade list.
        using (var rector = new BrowserlessSession(site))
        using (await rector.LoginAsync("rectora"))
        {
            await rector.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/busqueda-activa?anio=2025");
            await rector.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/grados/7/estudiantes?anio=2025");
        }

        using (var cobertura = new BrowserlessSession(site))
        using (await cobertura.LoginAsync("cobertura1"))
        {
            await cobertura.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/grados/7/estudiantes?anio=2025");
        }

        using var admin = new BrowserlessSession(site);
        using var login = await admin.LoginAsync("admin1");
        var today = site.Clock.GetUtcNow().AddHours(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Act
        var audit = await admin.Client.GetStringAsync($"/auditoria?usuario=rectora&accion=ver_estudiantes_grado&desde={today}&hasta={today}");
        var tomorrow = await admin.Client.GetStringAsync($"/auditoria?accion=ver_estudiantes_grado&desde={DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1):yyyy-MM-dd}");

        // Assert
        var table = audit[audit.IndexOf("<tbody>", StringComparison.Ordinal)..];
        Assert.Contains("Consulta de estudiantes de un grado", table, StringComparison.Ordinal);
        Assert.DoesNotContain("cobertura1", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Consulta de búsqueda activa</td>", table, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ver_estudiantes_grado\" selected>", audit, StringComparison.Ordinal);
        Assert.Contains("Ninguna entrada cumple el filtro.", tomorrow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GradeDrillDown_ListsAttributedStudentsWithDropoutsFirst_ForCobertura()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act: grade 7 of A = S3 (vanished, dropout) and S5 (back at the final cut); S4 left for B and is not here.
        var html = await session.Client.GetStringAsync($"/instituciones/{SeedData.OwnDane}/grados/7/estudiantes?anio=2025");

        // Assert
        Assert.Contains("<caption>7°: 2 estudiantes, 1 desertores</caption>", html, StringComparison.Ordinal);
        var santiago = html.IndexOf("SANTIAGO JAIMES", StringComparison.Ordinal);
        Assert.True(santiago > 0, "The vanished student is missing from the drill-down.");
        Assert.Contains("<td>01/03/2025</td><td>Desertor</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>01/11/2025</td><td>Matriculado</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsLevelRateAndRanking_ForSecretaria()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        var html = await session.Client.GetStringAsync("/tablero?anio=2025");

        // Assert: every seeded grade (6-8) is secundaria: 2+2+1+2 = 7 enrolled, 1+1+0+1 = 3 dropouts → 42.86 %.
        Assert.Contains("<tr><th scope=\"row\">Secundaria</th><td class=\"num\">7</td><td class=\"num\">3</td><td class=\"num\">42,86 %</td><td class=\"num\">—</td></tr>", html, StringComparison.Ordinal);
        var own = html.IndexOf("IE SIMÓN BOLÍVAR", StringComparison.Ordinal);
        var other = html.IndexOf("IE FRANCISCO DE PAULA SANTANDER", StringComparison.Ordinal);
        Assert.True(own > 0 && other > own, "Ranking must list the 50,00 % institution before the 33,33 % one.");
        Assert.DoesNotContain("VALENTINA", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsPlanStatusAndQualityWarnings_ForSecretaria()
    {
        // Arrange: the own institution filed its plan on 10 August (on time); the other filed none.
        using (var connection = site.Database.Target.Open())
        {
            connection.Execute("""
                INSERT INTO plan_header (institution_dane, school_year, submitted_on, source_file, source_sha256, loaded_at)
                VALUES (@dane, 2025, '2025-08-10', 'plan.xlsx', 'p1', '2025-08-10 09:00:00')
                """, new { dane = SeedData.OwnDane });
        }

        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        var html = await session.Client.GetStringAsync("/tablero?anio=2025");

        // Assert
        Assert.Contains("(fecha límite 14/08/2025): 1 a tiempo, 0 tarde, 1 sin plan.", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">50,00 %</td><td>A tiempo</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">33,33 %</td><td>Sin plan</td>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"calidad\">Calidad de los datos</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersPage_CreatesRectorWhoCanThenLogIn_ForCobertura()
    {
        // Arrange
        using var cobertura = new BrowserlessSession(site);
        using var login = await cobertura.LoginAsync("cobertura1");

        // Act
        using var created = await cobertura.PostFormAsync("/usuarios", "/usuarios", new Dictionary<string, string>
        {
            ["nombre"] = "rector.santander", ["rol"] = "rector", ["institucion"] = SeedData.OtherDane, ["contrasena"] = "Otra-Clave-2025",
        });
        using var refused = await cobertura.PostFormAsync("/usuarios", "/usuarios", new Dictionary<string, string>
        {
            ["nombre"] = "rector.sin.ie", ["rol"] = "rector", ["institucion"] = "", ["contrasena"] = "Otra-Clave-2025",
        });
        using var newRector = new BrowserlessSession(site);
        using var newLogin = await newRector.LoginAsync("rector.santander", "Otra-Clave-2025");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("--institution", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal($"/instituciones/{SeedData.OtherDane}", newLogin.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Upload_IsRefusedAndNothingSaved_WhenFileTypeIsNotAnExtract()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await session.AntiforgeryAsync("/cargas")), "__af");
        form.Add(new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00]), "archivo", "programa.exe");

        // Act
        using var response = await session.Client.PostAsync("/cargas", form);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tipo de archivo no admitido (.exe)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.InboxFolder) && Directory.EnumerateFiles(site.InboxFolder, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Chart_IsAPngImage_ForOwnInstitution()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");

        // Act
        using var response = await session.Client.GetAsync($"/instituciones/{SeedData.OwnDane}/grafico.png?anio=2025");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // Assert
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        Assert.True(bytes.Length > 5000, $"PNG of {bytes.Length} bytes is too small to hold a chart.");
    }

    [Fact]
    public async Task Xlsx_HoldsTheGradeTable_ForOwnInstitution()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("rectora");

        // Act
        using var response = await session.Client.GetAsync($"/instituciones/{SeedData.OwnDane}/indicadores.xlsx?anio=2025");
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var book = new ClosedXML.Excel.XLWorkbook(stream);

        // Assert: grade 6 of the own institution, hand-computed in SeedData: 2 enrolled, 1 dropout → 50 %.
        var sheet = book.Worksheet(1);
        Assert.Equal("Grado", sheet.Cell(1, 3).GetString());
        Assert.Equal(("6°", 2.0, 1.0), (sheet.Cell(2, 3).GetString(), sheet.Cell(2, 4).GetDouble(), sheet.Cell(2, 5).GetDouble()));
        Assert.Equal(50.0, sheet.Cell(2, 7).GetDouble());
    }

    [Fact]
    public async Task StaticCss_IsServedFromTheApp()
    {
        // Arrange
        using var client = site.Client();

        // Act
        using var response = await client.GetAsync("/site.css");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("@media", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
