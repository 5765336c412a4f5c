using System.Globalization;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Output;

/// <summary>One key column of an indicator table: CSV/JSON name, Spanish header, machine and human value.</summary>
internal sealed record IndicatorColumn(string Name, string Header, Func<IndicatorRow, string?> Machine, Func<IndicatorRow, string?> Human);

/// <summary>The key columns of each <c>--by</c> dimension (docs/design.md §6), plus the optional <c>--split</c> column.</summary>
internal static class IndicatorColumns
{
    private static readonly IndicatorColumn Institution = new("institution_dane", "Institución (DANE)", r => r.InstitutionDane, r => r.InstitutionDane);
    private static readonly IndicatorColumn Grade = new("grade", "Grado",
        r => r.Grade?.ToString(CultureInfo.InvariantCulture), r => r.Grade is { } g ? GradeCatalog.DisplayName(g) : null);
    private static readonly IndicatorColumn Sede = new("sede_dane", "Sede (DANE)", r => r.SedeDane, r => r.SedeDane);
    private static readonly IndicatorColumn Level = new("level", "Nivel", r => r.Level, r => LevelDisplay(r.Level));
    private static readonly IndicatorColumn Month = new("month", "Mes",
        r => r.Month?.ToString(CultureInfo.InvariantCulture),
        r => r.Month is { } m ? CultureInfo.GetCultureInfo("es-CO").DateTimeFormat.GetMonthName(m) : null);

    public static IReadOnlyList<IndicatorColumn> KeysOf(IndicatorDimension by, string? split)
    {
        List<IndicatorColumn> keys = by switch
        {
            IndicatorDimension.Institution => [Institution],
            IndicatorDimension.InstitutionGrade => [Institution, Grade],
            IndicatorDimension.Sede => [Institution, Sede],
            IndicatorDimension.Level => [Level],
            IndicatorDimension.Municipality => [],
            IndicatorDimension.Month => [Institution, Month],
            IndicatorDimension.MunicipalityMonth => [Month],
            _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Unknown dimension."),
        };
        if (split is not null)
        {
            keys.Add(new IndicatorColumn(split, SplitHeader(split), r => r.Split, r => r.Split));
        }

        return keys;
    }

    private static string SplitHeader(string split) => split switch
    {
        "sex" => "Sexo",
        "zona" => "Zona",
        "migrant" => "Migrante",
        "extra_edad" => "Extraedad",
        "estrato" => "Estrato",
        "etnia" => "Etnia",
        "discapacidad" => "Discapacidad",
        "victima" => "Víctima",
        _ => split,
    };

    private static string? LevelDisplay(string? key) =>
        EducationLevelNames.DisplayOfKey(key);
}
