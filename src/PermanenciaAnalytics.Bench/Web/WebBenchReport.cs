using System.Globalization;
using System.Text;

namespace PermanenciaAnalytics.Bench.Web;

/// <summary>The markdown table of <c>bench web</c>: one row per route, role and concurrency, beside its goal.</summary>
internal static class WebBenchReport
{
    private static readonly CultureInfo Es = CultureInfo.GetCultureInfo("es-CO");

    public static string Markdown(WebBenchSettings settings, WebBenchTargets targets, IEnumerable<WebBenchResult> results, TimeSpan total)
    {
        var md = new StringBuilder();
        if (settings.Label.Length > 0)
        {
            md.Append("### ").Append(settings.Label).Append("\n\n");
        }

        md.Append(string.Create(Es, $"Año {targets.Year}; {targets.CityEnrolled:N0} estudiantes en la ciudad; institución {targets.InstitutionDane} ({targets.InstitutionEnrolled:N0} estudiantes), grado {targets.Grade}"))
            .Append(targets.LoadId is { } load ? string.Create(Es, $"; carga {load}") : "")
            .Append(string.Create(Es, $". Cada medición: {Describe(settings)}, tiempo límite por petición {settings.Timeout.TotalSeconds:N0} s. Duración total {total.TotalMinutes:N1} min.\n\n"));
        md.Append("| Ruta | Rol | Clientes | Peticiones | Pet./s | p50 (ms) | p95 (ms) | máx (ms) | Errores | SQL/petición | Conexiones/petición | Meta p95 | Cumple |\n");
        md.Append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        foreach (var r in results)
        {
            md.Append("| `").Append(r.Route.Template).Append("` | ").Append(Role(r.Route)).Append(" | ")
                .Append(r.Clients.ToString(CultureInfo.InvariantCulture)).Append(" | ");
            if (r.Skipped is not null)
            {
                md.Append("— | — | — | — | — | — | — | — | ").Append(Goal(r)).Append(" | no medida: ").Append(r.Skipped).Append(" |\n");
                continue;
            }

            md.Append(r.Requests.ToString(CultureInfo.InvariantCulture)).Append(" | ")
                .Append(r.RequestsPerSecond.ToString("N1", Es)).Append(" | ")
                .Append(Ms(r, r.P50)).Append(" | ").Append(Ms(r, r.P95)).Append(" | ").Append(Ms(r, r.Max)).Append(" | ")
                .Append(Errors(r)).Append(" | ").Append(Statements(r)).Append(" | ")
                .Append(r.Connections?.ToString(CultureInfo.InvariantCulture) ?? "—").Append(" | ")
                .Append(Goal(r)).Append(" | ").Append(r.MeetsGoal switch { true => "sí", false => "**no**", null => "—" }).Append(" |\n");
        }

        md.Append("\nSQL/petición y conexiones/petición: mediana de lo que contó el servidor (cabeceras `X-Sql-Statements` y `X-Sql-Connections`, "
            + "gancho de traza de SQLite por conexión), sin las PRAGMA de apertura; «a–b» cuando variaron. "
            + "Los percentiles incluyen las peticiones abandonadas, contadas en el tiempo límite («≥»).\n");
        return md.ToString();
    }

    private static string Describe(WebBenchSettings settings) => settings.MaxRequests == int.MaxValue
        ? string.Create(Es, $"{settings.Duration.TotalSeconds:N1} s")
        : string.Create(Es, $"{settings.Duration.TotalSeconds:N1} s o {settings.MaxRequests} peticiones");

    private static string Role(WebBenchRoute route) => (route.Role switch
    {
        BenchRole.Anonymous => "anónimo",
        BenchRole.Secretaria => "secretaría",
        BenchRole.Cobertura => "cobertura",
        BenchRole.Rector => "rector",
        _ => "admin",
    }) + (route.Bearer ? " (token)" : "");

    private static string Ms(WebBenchResult r, double? value) => value is not { } ms
        ? "—"
        : (r.Timeouts > 0 && ms >= r.Samples.Where(s => s.TimedOut).Min(s => s.Milliseconds) ? "≥ " : "") + ms.ToString(ms < 10 ? "N1" : "N0", Es);

    private static string Errors(WebBenchResult r) => r.Timeouts == 0
        ? r.Errors.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{r.Errors} ({r.Timeouts} sin respuesta)");

    private static string Statements(WebBenchResult r) => r.Statements is not { } median
        ? "—"
        : r.MaxStatements is { } max && max != median
            ? string.Create(CultureInfo.InvariantCulture, $"{r.Samples.Where(s => s.Ok).Select(s => s.Statements).Min()}–{max}")
            : median.ToString(CultureInfo.InvariantCulture);

    private static string Goal(WebBenchResult r) => string.Create(Es, $"≤ {r.Route.GoalMilliseconds(r.Clients):N0} ms")
        + (r.Route.HasStatementGoal ? $", ≤ {WebBenchRoute.StatementGoal} SQL" : "");
}
