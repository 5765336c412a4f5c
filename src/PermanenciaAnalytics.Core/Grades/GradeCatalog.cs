using System.Globalization;
using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Grades;

/// <summary>
/// SIMAT grade codes (GRADO_COD) and the names SIMPADE writes for them. Codes are kept as integers:
/// −2 pre-jardín … 11, 12–13 normal superior, 21–26 ciclos de adultos, 41–45 PFC, 99 aceleración.
/// </summary>
public static class GradeCatalog
{
    private static readonly HashSet<int> KnownCodes =
        [-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 21, 22, 23, 24, 25, 26, 41, 42, 43, 44, 45, 99];

    private static readonly Dictionary<string, int> Names = new(StringComparer.Ordinal)
    {
        ["PREJARDIN"] = -2, ["PRE JARDIN"] = -2, ["JARDIN"] = -1, ["TRANSICION"] = 0, ["GRADO 0"] = 0,
        ["PRIMERO"] = 1, ["SEGUNDO"] = 2, ["TERCERO"] = 3, ["CUARTO"] = 4, ["QUINTO"] = 5,
        ["SEXTO"] = 6, ["SEPTIMO"] = 7, ["OCTAVO"] = 8, ["NOVENO"] = 9, ["DECIMO"] = 10,
        ["ONCE"] = 11, ["UNDECIMO"] = 11, ["DOCE"] = 12, ["TRECE"] = 13,
        ["CICLO 1 ADULTOS"] = 21, ["CICLO 2 ADULTOS"] = 22, ["CICLO 3 ADULTOS"] = 23,
        ["CICLO 4 ADULTOS"] = 24, ["CICLO 5 ADULTOS"] = 25, ["CICLO 6 ADULTOS"] = 26,
        ["ACELERACION DEL APRENDIZAJE"] = 99, ["ACELERACION"] = 99, ["ACELERACION PRIMERAS LETRAS"] = 99,
    };

    /// <summary>Parses a code ("06", "-1", "6.0") or a SIMPADE grade name ("OCTAVO", "CICLO 3 ADULTOS").</summary>
    public static bool TryParse(string? raw, out int grade)
    {
        grade = 0;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        var text = raw.Trim();
        if (text.EndsWith(".0", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
        {
            grade = code;
            return KnownCodes.Contains(code);
        }

        return Names.TryGetValue(TextKey.Normalize(text), out grade);
    }

    /// <summary>docs/design.md §5 rule 1: grades 0–11 and 99 are in the dropout-rate universe.</summary>
    public static bool IsInDropoutUniverse(int grade) => grade is >= 0 and <= 11 or 99;

    public static EducationLevel LevelOf(int grade) => grade switch
    {
        0 => EducationLevel.Transicion,
        >= 1 and <= 5 => EducationLevel.Primaria,
        >= 6 and <= 9 => EducationLevel.Secundaria,
        10 or 11 => EducationLevel.Media,
        99 => EducationLevel.Aceleracion,
        -2 or -1 => EducationLevel.Preescolar,
        >= 21 and <= 26 => EducationLevel.Adultos,
        12 or 13 or (>= 41 and <= 45) => EducationLevel.NormalSuperior,
        _ => EducationLevel.Unknown,
    };

    /// <summary>Spanish display name for reports.</summary>
    public static string DisplayName(int grade) => grade switch
    {
        -2 => "Pre-jardín",
        -1 => "Jardín",
        0 => "Transición",
        >= 1 and <= 13 => $"{grade}°",
        >= 21 and <= 26 => $"Ciclo {grade - 20}",
        41 => "Semestre introductorio",
        >= 42 and <= 45 => $"PFC {grade - 41}",
        99 => "Aceleración",
        _ => grade.ToString(CultureInfo.InvariantCulture),
    };
}
