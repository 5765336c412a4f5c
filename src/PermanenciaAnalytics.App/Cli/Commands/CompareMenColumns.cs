using System.Globalization;
using PermanenciaAnalytics.App.Output;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Etl.Official;
using PermanenciaAnalytics.Reports.Official;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// The columns of <c>compare men</c>: the machine contract (docs/design.md §6, invariant, two decimals) and the Spanish
/// table (es-CO, with our counts and the measure's name).
/// </summary>
internal static class CompareMenColumns
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    public static IReadOnlyList<ReportColumn<MenComparisonRow>> Machine { get; } =
    [
        new("year", "Año", r => Invariant(r.Year), r => Invariant(r.Year), Numeric: true),
        new("level", "Nivel", r => r.Level, r => LevelName(r.Level)),
        new("men_rate", "Tasa MEN (%)", r => Rate(r.MenRate), r => HumanRate(r.MenRate), Numeric: true),
        new("our_rate", "Nuestra tasa (%)", r => Rate(r.OurRate), r => HumanRate(r.OurRate), Numeric: true),
        new("difference", "Diferencia (p. p.)", r => Rate(r.Difference), r => HumanRate(r.Difference), Numeric: true),
        new("measure", "Medida", r => r.Measure, r => MeasureName(r.Measure)),
    ];

    public static IReadOnlyList<ReportColumn<MenComparisonRow>> Table { get; } =
    [
        Machine[0],
        Machine[1],
        Machine[2],
        Machine[3],
        Machine[4],
        new("enrolled", "Matriculados", r => r.Enrolled?.ToString(CultureInfo.InvariantCulture), r => r.Enrolled?.ToString("N0", Human), Numeric: true),
        new("dropouts", "Desertores", r => r.Dropouts?.ToString(CultureInfo.InvariantCulture), r => r.Dropouts?.ToString("N0", Human), Numeric: true),
        Machine[5],
    ];

    private static string Invariant(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string? Rate(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture);

    private static string? HumanRate(decimal? value) => value?.ToString("N2", Human);

    private static string LevelName(string level) =>
        level == MenRateLevels.Total ? "Total" : EducationLevelNames.DisplayOfKey(level) ?? level;

    private static string? MeasureName(string? measure) =>
        measure == MenComparison.IntraAnnualMeasure ? "SIMAT intra-anual (cortes cargados)" : measure;
}
