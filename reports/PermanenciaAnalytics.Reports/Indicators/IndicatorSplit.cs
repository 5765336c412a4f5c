using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>
/// The disaggregations of <c>--split</c> (docs/design.md §5) as SQL expressions over a row aliased <c>o</c> carrying the
/// enrolment attributes. A fixed whitelist: the only SQL text spliced into queries; values always travel as parameters.
/// </summary>
public static class IndicatorSplit
{
    public const string Sex = "sex";
    public const string Zona = "zona";
    public const string Migrant = "migrant";
    public const string ExtraEdad = "extra_edad";
    public const string Estrato = "estrato";
    public const string Etnia = "etnia";
    public const string Discapacidad = "discapacidad";
    public const string Victima = "victima";

    /// <summary>Value shown when the attribute is blank in the extract.</summary>
    public const string NoData = "sin dato";

    public static IReadOnlyList<string> Names { get; } = [Sex, Zona, Migrant, ExtraEdad, Estrato, Etnia, Discapacidad, Victima];

    public static bool IsKnown(string? name) => name is not null && Names.Contains(name, StringComparer.Ordinal);

    /// <summary>
    /// SQL for the split value. <paramref name="gradeColumn"/> is the grade the extra-edad rule compares against
    /// (the attributed grade for students, the grade left for transfers); <c>@reference</c> is the age reference date.
    /// </summary>
    public static string Expression(SqlDialect dialect, string? split, string gradeColumn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gradeColumn);
        return split switch
        {
            null => "NULL",
            Sex or Zona or Estrato or Etnia or Discapacidad or Victima => $"COALESCE(NULLIF(TRIM(o.{split}), ''), '{NoData}')",
            // PAIS_ORIGEN: blank or 996 (no especificado) is unknown; Colombia arrives as a name or a code.
            Migrant => "CASE WHEN o.country_origin IS NULL OR TRIM(o.country_origin) IN ('', '996') THEN '" + NoData + "' "
                + "WHEN UPPER(TRIM(o.country_origin)) IN ('COLOMBIA', '170', 'CO', 'COL') THEN 'no' ELSE 'si' END",
            ExtraEdad => ExtraEdadExpression(dialect, gradeColumn),
            _ => throw new ArgumentException($"Unknown split '{split}'; use one of {string.Join(", ", Names)}.", nameof(split)),
        };
    }

    // Age at @reference ≥ grade + 8  ⇔  birth_date ≤ @reference minus (grade + 8) years.
    private static string ExtraEdadExpression(SqlDialect dialect, string grade)
    {
        // SQLite: build the limit as text (year shifted, same month-day) and compare strings: the dates are
        // ISO text, and this avoids a date() call per row. 29 Feb stays 29 Feb (date() would roll to 1 Mar).
        var limit = dialect == SqlDialect.Sqlite
            ? $"printf('%04d', CAST(substr(@reference, 1, 4) AS INTEGER) - ({grade} + 8)) || substr(@reference, 5)"
            : $"DATEADD(year, -({grade} + 8), @reference)";
        return $"CASE WHEN {grade} NOT BETWEEN 0 AND 11 THEN 'no aplica' WHEN o.birth_date IS NULL THEN '{NoData}' "
            + $"WHEN o.birth_date <= {limit} THEN 'si' ELSE 'no' END";
    }
}
