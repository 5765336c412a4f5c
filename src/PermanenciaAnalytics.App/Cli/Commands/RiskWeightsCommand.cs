using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.Core.Risk;
using PermanenciaAnalytics.Reports.Risk;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>risk weights</c> lists the model in force (points per factor, cut points) and its versions;
/// <c>risk weights set [--points CODE=N …] [--band-medio N] [--band-alto N] [--sede-threshold P] --note TEXT</c> writes a
/// new version, copying what it does not change. An operator's edit (the web leaves it to cobertura); each goes to the
/// audit log.
/// </summary>
internal static class RiskWeightsCommand
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    public static Command Create(GlobalOptions globals)
    {
        var list = new DatabaseCommand("weights", "Pesos y puntos de corte vigentes del índice de riesgo, y sus versiones.");
        list.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var versions = RiskModelStore.Versions(globals.ResolveDatabase(parseResult));
            var current = versions[0];
            output.WriteLine(string.Create(Human,
                $"Versión {current.Model.Version} ({current.CreatedAt:yyyy-MM-dd HH:mm} UTC, {current.CreatedBy}): medio desde {current.Model.BandMedio}, alto desde {current.Model.BandAlto}; sede con deserción alta desde {current.Model.SedeRateThreshold:N2} %."));
            foreach (var factor in RiskFactorCatalog.All)
            {
                output.WriteLine(string.Create(Human, $"  {factor.Code,-22} {current.Model.PointsOf(factor.Code),3}  {factor.Label}"));
            }

            output.WriteLine($"Versiones: {string.Join(", ", versions.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Model.Version} ({v.Note})")))}");
            return ExitCodes.Success;
        });

        var points = new Option<string[]>("--points") { Description = "Puntos de un factor, CODIGO=N (se puede repetir).", AllowMultipleArgumentsPerToken = true };
        var bandMedio = new Option<int?>("--band-medio") { Description = "Puntaje desde el que la banda es medio." };
        var bandAlto = new Option<int?>("--band-alto") { Description = "Puntaje desde el que la banda es alto." };
        var sedeThreshold = new Option<decimal?>("--sede-threshold") { Description = "Tasa de deserción (%) de la sede el año anterior desde la que cuenta el factor." };
        var note = new Option<string>("--note") { Description = "Motivo del cambio (queda con la versión).", Required = true };
        var set = new DatabaseCommand("set", "Escribe una nueva versión de los pesos o puntos de corte.") { points, bandMedio, bandAlto, sedeThreshold, note };
        set.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var database = globals.ResolveDatabase(parseResult);
            var current = RiskModelStore.Current(database);
            var weights = current.Points.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            foreach (var pair in parseResult.GetValue(points) ?? [])
            {
                var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    error.WriteLine($"--points espera CODIGO=N (p. ej. extra_edad=30) y recibió '{pair}'.");
                    return ExitCodes.UsageError;
                }

                weights[parts[0]] = value;
            }

            var model = current with
            {
                Points = weights,
                BandMedio = parseResult.GetValue(bandMedio) ?? current.BandMedio,
                BandAlto = parseResult.GetValue(bandAlto) ?? current.BandAlto,
                SedeRateThreshold = parseResult.GetValue(sedeThreshold) ?? current.SedeRateThreshold,
            };
            if (model.Problem() is { } problem)
            {
                error.WriteLine(problem);
                return ExitCodes.UsageError;
            }

            var actor = "cli:" + Environment.UserName;
            var version = RiskModelStore.Save(database, model, actor, parseResult.GetRequiredValue(note).Trim(), DateTime.UtcNow);
            new AuditLog(database, TimeProvider.System).Write(actor, "operador", "pesos_riesgo_cambiados", null, null,
                string.Create(CultureInfo.InvariantCulture, $"versión {version}"));
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Versión {version} del índice de riesgo guardada (antes {current.Version}); medio desde {model.BandMedio}, alto desde {model.BandAlto}."));
            return ExitCodes.Success;
        });
        list.Subcommands.Add(set);
        return list;
    }
}
