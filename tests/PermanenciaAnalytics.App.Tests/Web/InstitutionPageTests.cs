using System.Net;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>A site seeded with <see cref="SeedData"/> plus the sedes and plan of <see cref="InstitutionTestData"/>.</summary>
public sealed class InstitutionSiteFixture : IAsyncLifetime
{
    public WebTestSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await WebTestSite.StartAsync();
        InstitutionTestData.AddSedes(Site.Database.Target);
        InstitutionTestData.AddPlan(Site.Database.Target);
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

/// <summary>
/// The institution page's sections over real HTTP. Expectations are computed by hand from <see cref="SeedData"/> and
/// <see cref="InstitutionTestData"/>: municipality 7 enrolled, 3 dropouts → 42,86 %; institution A grades 6° and 7° each
/// 2 enrolled, 1 dropout → 50,00 %; cumulative dropouts of A: S3 in June (first cut after March), S2 in November.
/// </summary>
public sealed class InstitutionPageTests(InstitutionSiteFixture fixture) : IClassFixture<InstitutionSiteFixture>
{
    private static readonly string OwnPage = $"/instituciones/{SeedData.OwnDane}?anio=2025";

    [Fact]
    public async Task Render_ShowsIndicatorsBySede_WhenStudentsHaveSedes()
    {
        // Act
        var html = await PageAsync("rectora", OwnPage);

        // Assert: main sede S1, S2, S5 (S2 dropped out); rural sede S3 (dropped out) and S4's transfer out.
        Assert.Contains("<caption>Indicadores por sede, 2025</caption>", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><th scope=\"row\">SEDE PRINCIPAL <small>{InstitutionTestData.MainSede}</small></th><td class=\"num\">3</td><td class=\"num\">1</td><td class=\"num\">33,33 %</td><td class=\"num\">0</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><th scope=\"row\">{InstitutionTestData.RuralSede}</th><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">100,00 %</td><td class=\"num\">1</td></tr>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("febrero", "0", "0,20", "—")]
    [InlineData("marzo", "0", "0,40", "Registrado")]
    [InlineData("mayo", "0", "0,80", "Registrado")]
    [InlineData("junio", "1", "1,00", "—")]
    [InlineData("octubre", "1", "1,80", "—")]
    [InlineData("noviembre", "2", "2,00", "—")]
    public async Task Render_ShowsMonthlyPathAgainstTheTarget_ForEachSchoolMonth(string month, string dropouts, string allowed, string followUp)
    {
        // Arrange: the targets allow 2 × 60 % + 2 × 40 % = 2 dropouts in the year, spread over February–November.

        // Act
        var html = await PageAsync("rectora", OwnPage);

        // Assert
        Assert.Contains($"<tr><th scope=\"row\">{month}</th><td class=\"num\">{dropouts}</td><td class=\"num\">{allowed}</td><td>{followUp}</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains($"<img id=\"grafico-mensual\" src=\"/instituciones/{SeedData.OwnDane}/grafico-mensual.png?anio=2025\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ShowsPlanStatusAndTargetResults_WhenThePlanIsLoaded()
    {
        // Act
        var html = await PageAsync("secretaria1", OwnPage);

        // Assert: data up to November, the last month of the school calendar (Feb–Nov), so the projection equals the rate so far: 6° 50 % ≤ 60 % met, 7° 50 % > 40 % missed.
        Assert.Contains("Estado del plan 2025: <strong class=\"ok\">A tiempo</strong> (radicado el 10/08/2025). Datos hasta noviembre.", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">6°</th><td class=\"num\">60,00 %</td><td class=\"num\">50,00 %</td><td class=\"num\">50,00 %</td><td class=\"ok\">Cumplida</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">7°</th><td class=\"num\">40,00 %</td><td class=\"num\">50,00 %</td><td class=\"num\">50,00 %</td><td class=\"bad\">Incumplida</td></tr>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<li class=\"warn\">7°: deserción 50,00 %, por encima del municipio (42,86 %), sin ninguna estrategia del plan dirigida a este grupo.</li>")]
    [InlineData("<li>Cobertura de razones SIMPADE por los factores de riesgo: 50,00 % (1 de 2).</li>")]
    [InlineData("<li class=\"warn\">Razón observada sin factor de riesgo en el plan: CAMBIO DOMICILIO.</li>")]
    [InlineData("<li class=\"warn\">Meses sin seguimiento: febrero, abril, junio, julio, agosto, septiembre, octubre, noviembre.</li>")]
    [InlineData("<li class=\"warn\">La estrategia «Escuela de padres» terminó el 31/05/2025 sin registros de seguimiento.</li>")]
    public async Task Render_ListsEachMatchingFinding_WhenThePlanIsLoaded(string finding)
    {
        // Act
        var html = await PageAsync("rectora", OwnPage);

        // Assert
        Assert.Contains(finding, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_DoesNotReportTargetedScopes_AsUntargeted()
    {
        // Act
        var html = await PageAsync("rectora", OwnPage);

        // Assert: 6° (and so Secundaria) has «Tutorías de lectura»; «Tutorías de lectura» has a March follow-up.
        Assert.DoesNotContain("<li class=\"warn\">6°:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li class=\"warn\">Secundaria:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("«Tutorías de lectura» terminó", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ListsTheFollowUpHistoryByMonth_WhenThePlanHasFollowUps()
    {
        // Act
        var html = await PageAsync("secretaria1", OwnPage);

        // Assert
        Assert.Contains("<caption>Seguimientos registrados, 2025</caption>", html, StringComparison.Ordinal);
        var march = html.IndexOf("<tr><th scope=\"row\">marzo</th><td class=\"num\">12</td><td class=\"num\">10</td><td class=\"num\">3</td><td>Tutorías de lectura</td><td>Visitas domiciliarias</td></tr>", StringComparison.Ordinal);
        var may = html.IndexOf("<tr><th scope=\"row\">mayo</th><td class=\"num\">8</td><td class=\"num\">6</td><td class=\"num\">1</td><td></td><td></td></tr>", StringComparison.Ordinal);
        Assert.True(march > 0 && may > march, "March and May follow-ups must both be listed, in month order.");
    }

    [Fact]
    public async Task Render_ShowsNoPlanAndUntargetedGrade_WhenTheInstitutionFiledNoPlan()
    {
        // Act: institution B has no plan; its 8° has 2 enrolled, 1 dropout (50,00 %); 7° has 1 enrolled, none.
        var html = await PageAsync("cobertura1", $"/instituciones/{SeedData.OtherDane}?anio=2025");

        // Assert
        Assert.Contains("Estado del plan 2025: <strong class=\"bad\">Sin plan</strong>. Datos hasta noviembre.", html, StringComparison.Ordinal);
        Assert.Contains("<p>El plan no tiene metas cargadas.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"warn\">8°: deserción 50,00 %, por encima del municipio (42,86 %), sin ninguna estrategia del plan dirigida a este grupo.</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li class=\"warn\">7°:", html, StringComparison.Ordinal);
        Assert.Contains("<p>No hay seguimientos mensuales registrados.</p>", html, StringComparison.Ordinal);
        Assert.Contains("(el plan no tiene metas aplicables: sin trayectoria)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rectora", true)]
    [InlineData("cobertura1", true)]
    [InlineData("secretaria1", false)]
    public async Task Render_LinksToThePlanPage_OnlyWhenTheViewerMayOpenIt(string user, bool linked)
    {
        // Act
        var html = await PageAsync(user, OwnPage);

        // Assert
        Assert.Equal(linked, html.Contains($"<a href=\"/instituciones/{SeedData.OwnDane}/plan?anio=2025\">Ver o cargar el plan</a>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_TakesTheTotalsFromTheInstitutionRow_WhenTheTableIsShown()
    {
        // Act
        var html = await PageAsync("rectora", OwnPage);

        // Assert: A has 4 enrolled, 2 dropouts, 1 transfer out (S4 to B) → 50,00 %.
        Assert.Contains("4 matriculados, 2 desertores, 1 traslados a otras instituciones; tasa de deserción 50,00 %.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthlyChart_ReturnsAPngOfTheDeclaredSize_ForAnAllowedViewer()
    {
        // Arrange
        using var session = new BrowserlessSession(fixture.Site);
        using var login = await session.LoginAsync("rectora");

        // Act
        using var response = await session.Client.GetAsync(new Uri($"/instituciones/{SeedData.OwnDane}/grafico-mensual.png?anio=2025", UriKind.Relative));
        var png = await response.Content.ReadAsByteArrayAsync();
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((900, 480), (bitmap.Width, bitmap.Height));
    }

    private async Task<string> PageAsync(string user, string path)
    {
        using var session = new BrowserlessSession(fixture.Site);
        using var login = await session.LoginAsync(user);
        using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
