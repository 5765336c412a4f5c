using System.Diagnostics;
using System.Globalization;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;

namespace PermanenciaAnalytics.Bench.Web;

/// <summary>
/// <c>bench web</c>: creates one account per role in the database (through <see cref="IWebBenchHost.EnsureUser"/>, the
/// product's account service; reused on later runs), starts the real server (<see cref="WebBenchServer"/>), signs in and measures every route of
/// <see cref="WebBenchRoutes"/> at each concurrency. A route that times out is not measured at higher concurrency and
/// the server is restarted, so one stuck page cannot slow the figures of the next.
/// </summary>
public static class WebBenchRunner
{
    /// <summary>Benchmark accounts are made by the bench in its own database copy; the password is not a secret.</summary>
    public const string Password = "bench-web-permanencia";

    public static async Task<string> RunAsync(IWebBenchHost host, WebBenchSettings settings, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var total = Stopwatch.StartNew();
        var database = DatabaseTarget.FromConnectionString(settings.ConnectionString);
        SchemaMigrator.Migrate(database);
        var work = Directory.CreateTempSubdirectory("permanencia-bench-web-").FullName;
        try
        {
            var publishFolder = settings.PublishFolder ?? Path.Combine(work, "publicaciones");
            Directory.CreateDirectory(publishFolder);
            var targets = WebBenchTargets.Find(host, database, publishFolder);
            var users = EnsureUsers(host, database, targets.InstitutionDane);
            var routes = WebBenchRoutes.For(targets, WebBenchSessions.TokenBody(users[BenchRole.Secretaria], Password))
                .Where(r => settings.Only.Count == 0 || settings.Only.Any(o => r.Path.Contains(o, StringComparison.OrdinalIgnoreCase)
                    || r.Template.Contains(o, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bench web: {routes.Count} rutas × {settings.Clients.Count} niveles de concurrencia; institución {targets.InstitutionDane}, grado {targets.Grade}, año {targets.Year}."));

            var results = new List<WebBenchResult>();
            var server = await WebBenchServer.StartAsync(host, settings.ConnectionString, publishFolder, work, cancellationToken).ConfigureAwait(false);
            var sessions = await WebBenchSessions.SignInAsync(server.BaseAddress, users, Password, cancellationToken).ConfigureAwait(false);
            try
            {
                foreach (var route in routes)
                {
                    string? skip = null;
                    foreach (var clients in settings.Clients)
                    {
                        if (skip is null && total.Elapsed > settings.MaxTotal)
                        {
                            skip = "tiempo total agotado";
                        }

                        if (skip is not null)
                        {
                            results.Add(WebBenchResult.Skip(route, clients, skip));
                            continue;
                        }

                        var result = await WebBenchMeasurement.RunAsync(sessions.For(route), route, clients, settings, cancellationToken).ConfigureAwait(false);
                        results.Add(result);
                        progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {route.Template} [{route.Role}{(route.Bearer ? ", token" : "")}] ×{clients}: {result.Requests} pet., p95 {result.P95:F0} ms, errores {result.Errors}, SQL {result.Statements?.ToString(CultureInfo.InvariantCulture) ?? "—"}, conexiones {result.Connections?.ToString(CultureInfo.InvariantCulture) ?? "—"}"));
                        if (result.Timeouts > 0 || server.HasExited)
                        {
                            skip = string.Create(CultureInfo.InvariantCulture, $"sin respuesta en {settings.Timeout.TotalSeconds:F0} s con {clients} cliente(s)");
                            progress.WriteLine("  reiniciando el servidor (la petición abandonada lo sigue ocupando)…");
                            sessions.Dispose();
                            await server.DisposeAsync().ConfigureAwait(false);
                            server = await WebBenchServer.StartAsync(host, settings.ConnectionString, publishFolder, work, cancellationToken).ConfigureAwait(false);
                            sessions = await WebBenchSessions.SignInAsync(server.BaseAddress, users, Password, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
            }
            finally
            {
                sessions.Dispose();
                await server.DisposeAsync().ConfigureAwait(false);
            }

            return WebBenchReport.Markdown(settings, targets, results, total.Elapsed);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>bench-secretaria, bench-cobertura, bench-rector-{dane} and bench-admin, created once with <see cref="Password"/>.</summary>
    private static Dictionary<BenchRole, string> EnsureUsers(IWebBenchHost host, DatabaseTarget database, string institutionDane)
    {
        var users = new Dictionary<BenchRole, string>
        {
            [BenchRole.Secretaria] = "bench-secretaria",
            [BenchRole.Cobertura] = "bench-cobertura",
            [BenchRole.Rector] = "bench-rector-" + institutionDane,
            [BenchRole.Admin] = "bench-admin",
        };
        foreach (var (role, name) in users)
        {
            host.EnsureUser(database, name, role, role == BenchRole.Rector ? institutionDane : null, Password);
        }

        return users;
    }
}
