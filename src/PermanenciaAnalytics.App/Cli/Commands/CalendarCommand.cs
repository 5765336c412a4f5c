using System.CommandLine;
using System.Globalization;
using PermanenciaAnalytics.Core.Calendar;
using PermanenciaAnalytics.Reports.Calendar;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>calendar --year Y</c> shows the year's school calendar; <c>calendar set --year Y --start D --end D</c> stores it.
/// Its months are the school months of the month series, charts, plan paths and projections (calendar A by default).
/// </summary>
internal static class CalendarCommand
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    public static Command Create(GlobalOptions globals)
    {
        var year = new Option<int?>("--year") { Description = "Año lectivo (p. ej. 2026)." };
        var command = new DatabaseCommand("calendar", "Calendario escolar del año: fechas de inicio y fin de clases (por defecto, calendario A).");
        command.Options.Add(year);
        command.Subcommands.Add(CreateSet(globals));
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(year) is not { } schoolYear)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("Falta --year: indique el año lectivo (p. ej. calendar --year 2026).");
                return ExitCodes.UsageError;
            }

            parseResult.InvocationConfiguration.Output.WriteLine(Describe(SchoolCalendarStore.Of(globals.ResolveDatabase(parseResult), schoolYear)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static DatabaseCommand CreateSet(GlobalOptions globals)
    {
        var year = CommonOptions.Year();
        var start = new Option<string>("--start") { Description = "Primer día de clases (AAAA-MM-DD).", Required = true };
        var end = new Option<string>("--end") { Description = "Último día de clases (AAAA-MM-DD).", Required = true };
        var command = new DatabaseCommand("set", "Guarda el calendario escolar de un año.");
        command.Options.Add(year);
        command.Options.Add(start);
        command.Options.Add(end);
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!CommonOptions.TryParseDate(parseResult.GetValue(start), "--start", out var startDate, out var message)
                || !CommonOptions.TryParseDate(parseResult.GetValue(end), "--end", out var endDate, out message))
            {
                error.WriteLine(message);
                return ExitCodes.UsageError;
            }

            SchoolCalendar calendar;
            try
            {
                calendar = new SchoolCalendar(parseResult.GetValue(year), startDate!.Value, endDate!.Value);
            }
            catch (ArgumentException ex)
            {
                error.WriteLine(ex.Message.Split(" (Parameter", 2)[0]);
                return ExitCodes.UsageError;
            }

            SchoolCalendarStore.Set(globals.ResolveDatabase(parseResult), calendar);
            parseResult.InvocationConfiguration.Output.WriteLine("Guardado. " + Describe(calendar));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(SchoolCalendar calendar) => string.Create(Human,
        $"Calendario {calendar.Year}: clases del {calendar.Start:d 'de' MMMM} al {calendar.End:d 'de' MMMM}; meses escolares {MonthName(calendar.FirstMonth)} a {MonthName(calendar.LastMonth)} ({calendar.LastMonth - calendar.FirstMonth + 1} meses){(calendar.IsDefault ? " — calendario A por defecto, no se ha fijado otro" : "")}.");

    private static string MonthName(int month) => Human.DateTimeFormat.GetMonthName(month);
}
