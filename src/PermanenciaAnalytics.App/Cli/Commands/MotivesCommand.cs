using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.Core.Motives;
using PermanenciaAnalytics.Reports.Motives;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>motives --year Y</c>: the RETIRADO motives of a year with their class under rule 5b; <c>motives table</c> shows the
/// table in force, <c>motives set</c> and <c>motives remove</c> write its next version (docs/design.md §5 rule 5b).
/// </summary>
internal static class MotivesCommand
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    private static readonly ReportColumn<MotiveCount>[] CountColumns =
    [
        new("motive", "Motivo de retiro", m => m.Motive, m => m.Motive.Length == 0 ? "(en blanco)" : m.Motive),
        new("class", "Clase", m => MotiveClassNames.Key(m.Class), m => MotiveClassNames.Display(m.Class)),
        new("students", "Estudiantes", m => m.Students.ToString(CultureInfo.InvariantCulture), m => m.Students.ToString("N0", Human), Numeric: true),
    ];

    private static readonly ReportColumn<(int Position, MotivePattern Line)>[] TableColumns =
    [
        new("position", "Orden", l => l.Position.ToString(CultureInfo.InvariantCulture), l => l.Position.ToString(CultureInfo.InvariantCulture), Numeric: true),
        new("pattern", "Si el motivo contiene", l => l.Line.Pattern, l => l.Line.Pattern),
        new("class", "Clase", l => MotiveClassNames.Key(l.Line.Class), l => MotiveClassNames.Display(l.Line.Class)),
    ];

    public static Command Create(GlobalOptions globals)
    {
        var year = new Option<int?>("--year") { Description = "Año lectivo (p. ej. 2025)." };
        var format = CommonOptions.Format();
        var command = new DatabaseCommand("motives", "Motivos de retiro del año con su clase (traslado, fallecimiento, deserción) según la tabla de motivos vigente.");
        command.Options.Add(year);
        command.Options.Add(format);
        command.Subcommands.Add(CreateTable(globals));
        command.Subcommands.Add(CreateSet(globals));
        command.Subcommands.Add(CreateRemove(globals));
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(year) is not { } schoolYear)
            {
                error.WriteLine("Falta --year: indique el año lectivo (p. ej. motives --year 2025), o use 'motives table' para ver la tabla.");
                return ExitCodes.UsageError;
            }

            var target = globals.ResolveDatabase(parseResult);
            StaleOutcomesNotice.RecomputeIfStale(target, schoolYear, error);
            var report = MotiveReport.Read(target, schoolYear);
            error.WriteLine(report.TableVersion is { } version
                ? $"Motivos de retiro de {schoolYear} clasificados con la tabla de motivos versión {version}."
                : $"No hay resultados calculados para {schoolYear}: cargue sus cortes SIMAT.");
            ReportWriter.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format) ?? "table", CountColumns, report.Motives);
            return ExitCodes.Success;
        });
        return command;
    }

    private static DatabaseCommand CreateTable(GlobalOptions globals)
    {
        var format = CommonOptions.Format();
        var command = new DatabaseCommand("table", "Muestra la tabla de motivos vigente, en el orden en que se aplica.");
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var table = RetirementMotiveStore.Current(globals.ResolveDatabase(parseResult));
            parseResult.InvocationConfiguration.Error.WriteLine(
                $"Tabla de motivos versión {table.Version}: el primer texto contenido en el motivo da su clase; sin coincidencia, o en blanco, es deserción.");
            ReportWriter.Write(parseResult.InvocationConfiguration.Output, parseResult.GetValue(format) ?? "table", TableColumns,
                table.Patterns.Select((line, index) => (index + 1, line)).ToList());
            return ExitCodes.Success;
        });
        return command;
    }

    private static DatabaseCommand CreateSet(GlobalOptions globals)
    {
        var pattern = new Option<string>("--pattern") { Description = "Texto que el motivo debe contener (se normaliza: mayúsculas, sin tildes).", Required = true };
        var motiveClass = new Option<string>("--class") { Description = "traslado, fallecimiento o desercion.", Required = true };
        var position = new Option<int?>("--position") { Description = "Orden de la línea (1 = primera en aplicarse); por defecto, la suya o al final." };
        var note = new Option<string?>("--note") { Description = "Por qué se cambia (queda en la versión)." };
        var command = new DatabaseCommand("set", "Agrega o cambia una línea de la tabla de motivos; guarda una versión nueva.");
        command.Options.Add(pattern);
        command.Options.Add(motiveClass);
        command.Options.Add(position);
        command.Options.Add(note);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!MotiveClassNames.TryParse(parseResult.GetValue(motiveClass), out var parsedClass))
            {
                error.WriteLine($"La clase '{parseResult.GetValue(motiveClass)}' no existe: use traslado, fallecimiento o desercion.");
                return ExitCodes.UsageError;
            }

            if (MotiveText.Normalize(parseResult.GetValue(pattern)).Length == 0)
            {
                error.WriteLine("El texto de --pattern está en blanco.");
                return ExitCodes.UsageError;
            }

            var target = globals.ResolveDatabase(parseResult);
            var edited = RetirementMotiveStore.Current(target).With(parseResult.GetValue(pattern)!, parsedClass, parseResult.GetValue(position));
            return Saved(parseResult, target, edited, parseResult.GetValue(note));
        });
        return command;
    }

    private static DatabaseCommand CreateRemove(GlobalOptions globals)
    {
        var pattern = new Option<string>("--pattern") { Description = "Texto de la línea que se quita.", Required = true };
        var note = new Option<string?>("--note") { Description = "Por qué se quita (queda en la versión)." };
        var command = new DatabaseCommand("remove", "Quita una línea de la tabla de motivos; guarda una versión nueva.");
        command.Options.Add(pattern);
        command.Options.Add(note);
        command.SetAction(parseResult =>
        {
            var target = globals.ResolveDatabase(parseResult);
            if (RetirementMotiveStore.Current(target).Without(parseResult.GetValue(pattern)!) is not { } edited)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(
                    $"La tabla de motivos no tiene la línea '{MotiveText.Normalize(parseResult.GetValue(pattern))}'; vea 'motives table'.");
                return ExitCodes.UsageError;
            }

            return Saved(parseResult, target, edited, parseResult.GetValue(note));
        });
        return command;
    }

    private static int Saved(ParseResult parseResult, Etl.Database.DatabaseTarget target, RetirementMotiveTable edited, string? note)
    {
        var version = RetirementMotiveStore.Save(target, edited, Environment.UserName, note);
        parseResult.InvocationConfiguration.Output.WriteLine(
            $"Tabla de motivos versión {version} guardada ({edited.Patterns.Count} líneas). Los indicadores de cada año se recalculan con ella en su próxima lectura.");
        return ExitCodes.Success;
    }
}
