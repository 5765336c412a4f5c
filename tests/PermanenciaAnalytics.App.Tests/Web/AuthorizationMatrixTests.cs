using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// Every endpoint and page × every role × own/other institution, over real HTTP. The expectations are written by
/// hand from docs/design.md §1 and issue 6 (not computed from AccessPolicy). Signed-in callers use bearer tokens, which the
/// server accepts for pages too, so one request shape covers everything; POST forms that pass authorization are then
/// refused by antiforgery (400), which proves the request reached the handler.
/// </summary>
public sealed class AuthorizationMatrixTests(WebTestSiteFixture fixture) : IClassFixture<WebTestSiteFixture>
{
    private static readonly ConcurrentDictionary<string, string> Tokens = new();

    // A real publication of the seed year, written once per site by the real publisher (see EnsurePublished).
    private const string PublishedVersion = "2025-11";
    private static readonly ConcurrentDictionary<string, Lazy<string>> Published = new();

    // Allowed: s = secretaria, c = cobertura, a = admin, r = rector of the institution in the URL.
    private static readonly (string Method, string Path, bool Api, string Allowed, HttpStatusCode Ok)[] Endpoints =
    [
        ("GET", "/tablero", false, "sc", HttpStatusCode.OK),
        ("GET", "/tablero/grafico-mensual.png", false, "sc", HttpStatusCode.OK),
        ("GET", "/tablero/grafico-ranking.png", false, "sc", HttpStatusCode.OK),
        ("GET", "/tablero/grafico-tendencia.png", false, "sc", HttpStatusCode.OK),
        ("GET", "/tablero/tablas/niveles.csv", false, "sc", HttpStatusCode.OK),
        ("GET", "/tablero/tablas/instituciones.xlsx", false, "sc", HttpStatusCode.OK),
        ("GET", "/tablero/tablas/calidad.csv", false, "sc", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}", false, "scr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/grafico.png", false, "scr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/grafico-mensual.png", false, "scr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/grafico-tendencia.png", false, "scr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/indicadores.csv", false, "scr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/indicadores.xlsx", false, "scr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/tablas/grados.xlsx", false, "scr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/tablas/sedes.csv", false, "scr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/tablas/metas.xlsx", false, "scr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/plan/seguimiento.csv", false, "scr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/busqueda-activa.csv", false, "cr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/grados/6/estudiantes.xlsx", false, "cr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/plan", false, "scr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/plan/plantilla.xlsx", false, "scr", HttpStatusCode.OK),
        ("POST", "/instituciones/{dane}/plan", false, "cr", HttpStatusCode.BadRequest),
        ("POST", "/instituciones/{dane}/plan/seguimiento", false, "cr", HttpStatusCode.BadRequest),
        ("GET", "/instituciones/{dane}/grados/6/estudiantes", false, "cr", HttpStatusCode.OK),
        ("GET", "/instituciones/{dane}/busqueda-activa", false, "cr", HttpStatusCode.OK),
        ("POST", "/instituciones/{dane}/busqueda-activa", false, "cr", HttpStatusCode.BadRequest),
        ("GET", "/instituciones/{dane}/riesgo", false, "cr", HttpStatusCode.OK),
        ("POST", "/instituciones/{dane}/riesgo", false, "cr", HttpStatusCode.BadRequest),
        ("GET", "/cargas", false, "c", HttpStatusCode.OK),
        ("POST", "/cargas", false, "c", HttpStatusCode.BadRequest),
        ("GET", "/cargas/1", false, "c", HttpStatusCode.OK),
        ("GET", "/cargas.xlsx", false, "c", HttpStatusCode.OK),
        ("GET", "/cargas/bandeja.csv", false, "c", HttpStatusCode.OK),
        ("GET", "/cargas/1/motivos.csv", false, "c", HttpStatusCode.OK),
        ("GET", "/usuarios.csv", false, "c", HttpStatusCode.OK),
        ("GET", "/cargas/1/rechazos.csv", false, "c", HttpStatusCode.OK),
        ("GET", "/usuarios", false, "c", HttpStatusCode.OK),
        ("POST", "/usuarios", false, "c", HttpStatusCode.BadRequest),
        ("GET", "/auditoria", false, "a", HttpStatusCode.OK),
        ("GET", "/auditoria.csv", false, "a", HttpStatusCode.OK),
        ("POST", "/usuarios/secretaria1/desactivar", false, "c", HttpStatusCode.BadRequest),
        ("GET", "/", false, "scar", HttpStatusCode.Redirect),
        ("GET", "/publicaciones", false, "scar", HttpStatusCode.OK),
        ("GET", "/publicaciones/" + PublishedVersion + "/index.html", false, "sc", HttpStatusCode.OK),
        ("GET", "/publicaciones/" + PublishedVersion + "/{dane}/index.html", false, "scr", HttpStatusCode.OK),
        ("GET", "/publicaciones/" + PublishedVersion + "/{dane}/desercion_por_grado.png", false, "scr", HttpStatusCode.OK),
        ("GET", "/publicaciones/" + PublishedVersion + "/{dane}/indicadores_grado.csv", false, "scr", HttpStatusCode.OK),
        ("GET", "/api/institutions/{dane}/indicators?year=2025", true, "scr", HttpStatusCode.OK),
        ("GET", "/api/institutions/{dane}/students/withdrawn?year=2025", true, "cr", HttpStatusCode.OK),
        ("GET", "/api/institutions/{dane}/risk?year=2025", true, "cr", HttpStatusCode.OK),
        ("GET", "/api/institutions/{dane}/cases?year=2025", true, "cr", HttpStatusCode.OK),
    ];

    private static readonly (string Actor, string? User, char Code)[] Actors =
    [
        ("anónimo", null, '-'),
        ("secretaria", "secretaria1", 's'),
        ("cobertura", "cobertura1", 'c'),
        ("admin", "admin1", 'a'),
        ("rector", "rectora", 'r'),
    ];

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var endpoint in Endpoints)
        {
            foreach (var actor in Actors)
            {
                foreach (var scope in new[] { "propia", "otra" })
                {
                    data.Add(endpoint.Method, endpoint.Path, actor.Actor, scope);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_AnswersPerRoleAndInstitution_ForEveryCombination(string method, string path, string actorName, string scope)
    {
        // Arrange
        var endpoint = Endpoints.Single(e => e.Method == method && e.Path == path);
        var actor = Actors.Single(a => a.Actor == actorName);
        var dane = scope == "propia" ? SeedData.OwnDane : SeedData.OtherDane;
        var allowed = actor.Code switch
        {
            '-' => false,
            'r' => endpoint.Allowed.Contains('r', StringComparison.Ordinal) && (scope == "propia" || !endpoint.Path.Contains("{dane}", StringComparison.Ordinal)),
            _ => endpoint.Allowed.Contains(actor.Code, StringComparison.Ordinal),
        };
        var expected = allowed ? endpoint.Ok
            : actor.User is null ? (endpoint.Api ? HttpStatusCode.Unauthorized : HttpStatusCode.Redirect)
            : HttpStatusCode.Forbidden;
        EnsurePublished(fixture.Site);
        using var client = fixture.Site.Client();
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{dane}", dane, StringComparison.Ordinal));
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([]);
        }

        if (actor.User is not null)
        {
            var key = fixture.Site.BaseAddress + actor.User;
            if (!Tokens.TryGetValue(key, out var token))
            {
                token = await fixture.Site.TokenAsync(actor.User);
                Tokens[key] = token;
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden && !endpoint.Api)
        {
            Assert.Contains("Acceso no permitido", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        if (expected == HttpStatusCode.Redirect && actor.User is null)
        {
            Assert.StartsWith("/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    private static void EnsurePublished(WebTestSite site) =>
        _ = Published.GetOrAdd(site.PublishFolder, folder => new Lazy<string>(() =>
        {
            var target = site.Database.Target;
            var input = new PublicationInputBuilder(target, new IndicatorEngine(target)).Build(SeedData.Year, 11);
            return Publisher.Publish(input, folder);
        })).Value;
}
