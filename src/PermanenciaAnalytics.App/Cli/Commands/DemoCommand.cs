using System.CommandLine;
using PermanenciaAnalytics.App.Cli.Demo;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary><c>demo [--out DIR] [--serve] [--students N] [--scale K]</c>: a synthetic Cúcuta year through the whole pipeline, via Hangfire jobs.</summary>
internal static class DemoCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var output = new Option<string>("--out") { Description = "Carpeta de la demo (bandeja, base de datos, publicaciones).", DefaultValueFactory = _ => "demo" };
        var serve = new Option<bool>("--serve") { Description = "Al terminar, dejar el servicio web en marcha." };
        var urls = new Option<string>("--urls") { Description = "Direcciones de escucha con --serve.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var students = new Option<int>("--students") { Description = "Estudiantes del año sintético.", DefaultValueFactory = _ => 107_000 };
        var institutions = new Option<int>("--institutions") { Description = "Instituciones oficiales.", DefaultValueFactory = _ => 60 };
        var seed = new Option<ulong>("--seed") { Description = "Semilla (misma semilla, mismos archivos).", DefaultValueFactory = _ => 20250228UL };
        var year = new Option<int>("--year") { Description = "Año escolar.", DefaultValueFactory = _ => 2025 };
        // A bigger city has more schools, not bigger ones: --scale multiplies students and institutions together, so a
        // one-institution page reads about as much at 10× as at 1× and whatever grows is what reads the whole city.
        var scale = new Option<int>("--scale")
        {
            Description = "Multiplica estudiantes e instituciones (mismo tamaño medio de institución) y el tiempo de espera de los trabajos.",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("demo", "Genera un año sintético de Cúcuta, lo procesa con los trabajos Hangfire, publica e indica dónde mirar.")
        {
            output, serve, urls, students, institutions, seed, year, scale,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var folder = Path.GetFullPath(parseResult.GetValue(output)!);
            var explicitDatabase = !string.IsNullOrWhiteSpace(parseResult.GetValue(globals.Database))
                || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(GlobalOptions.DatabaseEnvironmentVariable));
            var database = explicitDatabase
                ? globals.ResolveDatabase(parseResult)
                : DatabaseTarget.FromConnectionString($"Data Source={Path.Combine(folder, "permanencia.db")}");
            var wantsServe = parseResult.GetValue(serve);
            var factor = parseResult.GetValue(scale);
            if (factor is < 1 or > 15)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("--scale debe estar entre 1 y 15.");
                return ExitCodes.UsageError;
            }

            var settings = new DemoSettings(
                folder,
                database,
                new SyntheticYearOptions
                {
                    Year = parseResult.GetValue(year),
                    Seed = parseResult.GetValue(seed),
                    Students = checked(parseResult.GetValue(students) * factor),
                    Institutions = checked(parseResult.GetValue(institutions) * factor),
                },
                wantsServe,
                wantsServe ? parseResult.GetValue(urls)! : "http://127.0.0.1:0",
                TimeSpan.FromMinutes(20 * factor),
                parseResult.GetValue(urls)!);
            try
            {
                return await new DemoRunner(settings, parseResult.InvocationConfiguration.Output).RunAsync(cancellationToken);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(ex.Message);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }
}
