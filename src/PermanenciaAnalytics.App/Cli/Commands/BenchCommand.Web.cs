using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.App.Cli.Bench;
using PermanenciaAnalytics.Bench.Web;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>bench web --db "Data Source=COPY.db" [--duration S] [--requests N] [--timeout S] [--clients 1,50] [--report FILE]</c>:
/// every page, chart, export and API route of the real server, signed in as each role, with p50/p95/max, errors and
/// the SQL statements the server counted per request (<see cref="WebBenchRunner"/>). Writes to the database: use a copy.
/// </summary>
internal static partial class BenchCommand
{
    private static Command CreateWeb(GlobalOptions globals)
    {
        var duration = new Option<double>("--duration") { Description = "Segundos por ruta y nivel de concurrencia.", DefaultValueFactory = _ => 5 };
        var requests = new Option<int?>("--requests") { Description = "Máximo de peticiones por ruta y nivel (además de --duration)." };
        var timeout = new Option<double>("--timeout") { Description = "Tiempo límite de cada petición, en segundos.", DefaultValueFactory = _ => 30 };
        var clients = new Option<string>("--clients") { Description = "Niveles de clientes concurrentes, separados por comas.", DefaultValueFactory = _ => "1,50" };
        var maxMinutes = new Option<double>("--max-minutes") { Description = "Duración total máxima; las rutas restantes se listan como no medidas.", DefaultValueFactory = _ => 60 };
        var only = new Option<string?>("--only") { Description = "Solo las rutas que contienen alguno de estos textos (separados por comas)." };
        var publish = new Option<string?>("--publish-dir") { Description = "Carpeta de publicaciones que sirve el servidor (por omisión, una vacía)." };
        var report = new Option<string?>("--report") { Description = "Además de la salida estándar, escribir la tabla markdown en este archivo." };
        var label = new Option<string>("--label") { Description = "Título de la tabla (p. ej. «Cúcuta» o «10×»).", DefaultValueFactory = _ => "" };
        var command = new Command("web", "Mide cada página, gráfico, exportación y ruta de la API del servidor real, por rol, con 1 y con N clientes (usa una COPIA de la base).")
        {
            duration, requests, timeout, clients, maxMinutes, only, publish, report, label,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var levels = parseResult.GetValue(clients)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
            if (levels.Count == 0 || levels.Any(n => n is < 1 or > 500) || parseResult.GetValue(duration) <= 0 || parseResult.GetValue(timeout) <= 0
                || parseResult.GetValue(requests) is < 1)
            {
                error.WriteLine("--clients: enteros entre 1 y 500 separados por comas; --duration, --timeout y --requests positivos.");
                return ExitCodes.UsageError;
            }

            var settings = new WebBenchSettings
            {
                ConnectionString = globals.ResolveDatabase(parseResult).ConnectionString,
                PublishFolder = parseResult.GetValue(publish) is { } folder ? Path.GetFullPath(folder) : null,
                Duration = TimeSpan.FromSeconds(parseResult.GetValue(duration)),
                MaxRequests = parseResult.GetValue(requests) ?? int.MaxValue,
                Timeout = TimeSpan.FromSeconds(parseResult.GetValue(timeout)),
                Clients = levels,
                MaxTotal = TimeSpan.FromMinutes(parseResult.GetValue(maxMinutes)),
                Only = parseResult.GetValue(only)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [],
                Label = parseResult.GetValue(label)!,
            };
            var markdown = await WebBenchRunner.RunAsync(new AppWebBenchHost(), settings, error, cancellationToken).ConfigureAwait(false);
            parseResult.InvocationConfiguration.Output.Write(markdown);
            if (parseResult.GetValue(report) is { } path)
            {
                await File.WriteAllTextAsync(path, markdown, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
