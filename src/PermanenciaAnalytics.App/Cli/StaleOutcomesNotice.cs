using System.Globalization;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Outcomes;

namespace PermanenciaAnalytics.App.Cli;

/// <summary>
/// Before a command reads a year's outcomes: recompute them when a SIMAT load or the motive table is newer, and say so on stderr (the
/// data on stdout stay clean for pipes).
/// </summary>
internal static class StaleOutcomesNotice
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    public static void RecomputeIfStale(DatabaseTarget target, int year, TextWriter error)
    {
        if (OutcomeFreshness.RecomputeIfStale(target, year) is not { } result)
        {
            return;
        }

        error.WriteLine(string.Create(Human,
            $"Los resultados de {year} no incluían la última carga SIMAT o la tabla de motivos vigente; se recalcularon ({result.Cuts} cortes, {result.Students:N0} estudiantes, tabla de motivos versión {result.MotiveVersion}, {result.Elapsed.TotalSeconds:N1} s)."));
    }
}
