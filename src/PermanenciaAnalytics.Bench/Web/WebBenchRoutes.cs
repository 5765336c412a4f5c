namespace PermanenciaAnalytics.Bench.Web;

/// <summary>
/// Every GET page, chart, export and API route of <c>MapPermanenciaWeb</c> (plus <c>/health</c>, the login form,
/// the token, and the búsqueda-activa outcome form posted and reloaded), each with a role allowed to see it. Pages whose content differs by role (exact counts for cobertura,
/// one institution for the rector) are listed once per role.
/// </summary>
internal static class WebBenchRoutes
{
    /// <summary>The rector records one búsqueda-activa outcome (antiforgery form) and the page reloads (issue 10: 40 s).</summary>
    public const string OutcomePostTemplate = "POST /instituciones/{dane}/busqueda-activa + recarga";

    /// <param name="t">What the routes point at.</param>
    /// <param name="tokenBody">JSON credentials posted to <c>/api/auth/token</c>.</param>
    public static IReadOnlyList<WebBenchRoute> For(WebBenchTargets t, string tokenBody)
    {
        var year = t.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var institution = "/instituciones/" + t.InstitutionDane;
        var grade = t.Grade.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var routes = new List<WebBenchRoute>
        {
            new("/health", "/health", BenchRole.Anonymous, BenchRouteKind.Infrastructure),
            new("/login", "/login", BenchRole.Anonymous, BenchRouteKind.Page),
            new("/ (redirección)", "/", BenchRole.Rector, BenchRouteKind.Page) { ExpectedStatus = 302 },
            new("/tablero", "/tablero?anio=" + year, BenchRole.Secretaria, BenchRouteKind.Page),
            new("/tablero", "/tablero?anio=" + year, BenchRole.Cobertura, BenchRouteKind.Page),
            new("/tablero/grafico-mensual.png", "/tablero/grafico-mensual.png?anio=" + year, BenchRole.Secretaria, BenchRouteKind.Chart),
            new("/tablero/grafico-ranking.png", "/tablero/grafico-ranking.png?anio=" + year, BenchRole.Secretaria, BenchRouteKind.Chart),
            new("/tablero/grafico-tendencia.png", "/tablero/grafico-tendencia.png?anio=" + year, BenchRole.Secretaria, BenchRouteKind.Chart),
            new("/instituciones/{dane}", institution + "?anio=" + year, BenchRole.Secretaria, BenchRouteKind.Page),
            new("/instituciones/{dane}", institution + "?anio=" + year, BenchRole.Rector, BenchRouteKind.Page),
            new("/instituciones/{dane}/grafico.png", institution + "/grafico.png?anio=" + year, BenchRole.Rector, BenchRouteKind.Chart),
            new("/instituciones/{dane}/grafico-mensual.png", institution + "/grafico-mensual.png?anio=" + year, BenchRole.Rector, BenchRouteKind.Chart),
            new("/instituciones/{dane}/grafico-tendencia.png", institution + "/grafico-tendencia.png?anio=" + year, BenchRole.Rector, BenchRouteKind.Chart),
            new("/instituciones/{dane}/indicadores.csv", institution + "/indicadores.csv?anio=" + year, BenchRole.Rector, BenchRouteKind.Export),
            new("/instituciones/{dane}/indicadores.xlsx", institution + "/indicadores.xlsx?anio=" + year, BenchRole.Rector, BenchRouteKind.Export),
            new("/instituciones/{dane}/tablas/{tabla}.xlsx", institution + "/tablas/grados.xlsx?anio=" + year, BenchRole.Rector, BenchRouteKind.Export),
            new("/tablero/tablas/{tabla}.csv", "/tablero/tablas/instituciones.csv?anio=" + year, BenchRole.Secretaria, BenchRouteKind.Export),
            new("/instituciones/{dane}/grados/{grado}/estudiantes", $"{institution}/grados/{grade}/estudiantes?anio={year}", BenchRole.Rector, BenchRouteKind.Page),
            new("/instituciones/{dane}/grados/{grado}/estudiantes", $"{institution}/grados/{grade}/estudiantes?anio={year}", BenchRole.Cobertura, BenchRouteKind.Page),
            new("/instituciones/{dane}/busqueda-activa", institution + "/busqueda-activa?anio=" + year, BenchRole.Rector, BenchRouteKind.Page),
            new("/instituciones/{dane}/busqueda-activa", institution + "/busqueda-activa?anio=" + year, BenchRole.Cobertura, BenchRouteKind.Page),
            new("/instituciones/{dane}/busqueda-activa.xlsx", institution + "/busqueda-activa.xlsx?anio=" + year, BenchRole.Rector, BenchRouteKind.Export),
            new(OutcomePostTemplate, institution + "/busqueda-activa?anio=" + year, BenchRole.Rector, BenchRouteKind.Page)
            {
                ExpectedStatus = 302,
                Form = new WebBenchForm(institution + "/busqueda-activa?anio=" + year, ["estudiante"], new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["resultado"] = "contactado",
                    // Yesterday: never after the server's "today", whatever its time zone.
                    ["fecha"] = DateOnly.FromDateTime(DateTime.Now.AddDays(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["nota"] = "",
                }),
            },
            new("/instituciones/{dane}/riesgo", institution + "/riesgo?anio=" + year, BenchRole.Rector, BenchRouteKind.Page),
            new("/instituciones/{dane}/riesgo?banda=todas", institution + "/riesgo?anio=" + year + "&banda=todas", BenchRole.Rector, BenchRouteKind.Page),
            new("/instituciones/{dane}/plan", institution + "/plan?anio=" + year, BenchRole.Rector, BenchRouteKind.Page),
            new("/cargas", "/cargas", BenchRole.Cobertura, BenchRouteKind.Page),
            new("/publicaciones", "/publicaciones", BenchRole.Secretaria, BenchRouteKind.Page),
            new("/usuarios", "/usuarios", BenchRole.Cobertura, BenchRouteKind.Page),
            new("/auditoria", "/auditoria", BenchRole.Admin, BenchRouteKind.Page),
            new("/openapi/v1.json", "/openapi/v1.json", BenchRole.Secretaria, BenchRouteKind.Page),
            new("POST /api/auth/token", "/api/auth/token", BenchRole.Anonymous, BenchRouteKind.Api) { JsonBody = tokenBody },
            new("/api/institutions/{dane}/indicators", $"/api/institutions/{t.InstitutionDane}/indicators?year={year}", BenchRole.Secretaria, BenchRouteKind.Api, Bearer: true),
            new("/api/institutions/{dane}/indicators", $"/api/institutions/{t.InstitutionDane}/indicators?year={year}", BenchRole.Rector, BenchRouteKind.Api, Bearer: true),
            new("/api/institutions/{dane}/students/withdrawn", $"/api/institutions/{t.InstitutionDane}/students/withdrawn?year={year}", BenchRole.Rector, BenchRouteKind.Api, Bearer: true),
            new("/api/institutions/{dane}/risk", $"/api/institutions/{t.InstitutionDane}/risk?year={year}", BenchRole.Rector, BenchRouteKind.Api, Bearer: true),
            new("/api/institutions/{dane}/cases", $"/api/institutions/{t.InstitutionDane}/cases?year={year}", BenchRole.Rector, BenchRouteKind.Api, Bearer: true),
        };
        if (t.LoadId is { } load)
        {
            var id = load.ToString(System.Globalization.CultureInfo.InvariantCulture);
            routes.Insert(routes.FindIndex(r => r.Template == "/cargas") + 1, new("/cargas/{id}", "/cargas/" + id, BenchRole.Cobertura, BenchRouteKind.Page));
            routes.Insert(routes.FindIndex(r => r.Template == "/cargas/{id}") + 1,
                new("/cargas/{id}/rechazos.csv", $"/cargas/{id}/rechazos.csv", BenchRole.Cobertura, BenchRouteKind.Export));
        }

        var publications = routes.FindIndex(r => r.Template == "/publicaciones") + 1;
        if (t.InstitutionPublicationFile is { } institutionFile)
        {
            routes.Insert(publications, new("/publicaciones/{versión}/{dane}/{archivo}", "/publicaciones/" + institutionFile, BenchRole.Rector, BenchRouteKind.Export));
        }

        if (t.PublicationFile is { } file)
        {
            routes.Insert(publications, new("/publicaciones/{versión}/{archivo}", "/publicaciones/" + file, BenchRole.Secretaria, BenchRouteKind.Export));
        }

        return routes;
    }
}
