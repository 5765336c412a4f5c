using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Risk;

/// <summary>
/// Which factors of <see cref="RiskFactorCatalog"/> a student has (docs/early-warning.md, "Factores"). Pure rules:
/// the same facts always give the same codes, in catalogue order.
/// </summary>
public static class RiskFactorRules
{
    private static readonly HashSet<string> Affirmative = new(StringComparer.Ordinal) { "S", "SI", "1", "X", "TRUE" };

    private static readonly HashSet<string> NoDisability = new(StringComparer.Ordinal)
    {
        "", "NO APLICA", "NO", "N", "0", "99", "NINGUNA", "NINGUNO", "SIN DISCAPACIDAD", "NA", "N A",
    };

    private static readonly HashSet<string> Colombia = new(StringComparer.Ordinal) { "COLOMBIA", "170", "CO", "COL" };

    public static IReadOnlyList<string> Detect(RiskStudentFacts facts, RiskModel model)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(model);
        var codes = new List<string>(4);
        var schoolGrade = facts.Grade is >= 0 and <= 11;
        var priorSchoolGrade = facts.PriorGrade is >= 0 and <= 11;
        Add(codes, RiskFactorCatalog.ExtraEdad, schoolGrade && IsExtraEdad(facts, model.ExtraEdadYears));
        Add(codes, RiskFactorCatalog.Repitente, IsYes(facts.Repitente) || (facts.Grade is >= 1 and <= 11 && facts.PriorGrade == facts.Grade));
        // Entering preschool or transición is how school starts, not a risk.
        Add(codes, RiskFactorCatalog.Nuevo, facts.PriorYearLoaded && facts.Grade >= 1
            && (facts.PriorGrade is null || !string.Equals(facts.PriorInstitutionDane, facts.InstitutionDane, StringComparison.Ordinal)));
        Add(codes, RiskFactorCatalog.GradeBack, schoolGrade && priorSchoolGrade && facts.Grade < facts.PriorGrade);
        Add(codes, RiskFactorCatalog.Gap, facts.CutsSinceFirstEnrolled > facts.EnrolledCuts);
        Add(codes, RiskFactorCatalog.TransferInYear, facts.InstitutionsThisYear > 1);
        Add(codes, RiskFactorCatalog.PriorYearWithdrawal, facts.PriorDropout);
        Add(codes, RiskFactorCatalog.Migrant, IsMigrant(facts.CountryOrigin));
        Add(codes, RiskFactorCatalog.Victim, IsYes(facts.Victima));
        Add(codes, RiskFactorCatalog.Disability, !NoDisability.Contains(TextKey.Normalize(facts.Discapacidad)));
        Add(codes, RiskFactorCatalog.NightOrWeekend, IsNightOrWeekend(facts.Jornada));
        Add(codes, RiskFactorCatalog.AdultCycle, facts.Grade is >= 21 and <= 26);
        Add(codes, RiskFactorCatalog.SedeHighDropout, facts.SedePriorRate is { } rate && rate >= model.SedeRateThreshold);
        return codes;
    }

    /// <summary>Age on 30 June of the year ≥ grade + <paramref name="years"/> (docs/design.md §5).</summary>
    public static bool IsExtraEdad(RiskStudentFacts facts, int years)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.BirthDate is { } birth && birth <= new DateOnly(facts.Year, 6, 30).AddYears(-(facts.Grade + years));
    }

    /// <summary>PAIS_ORIGEN other than Colombia; blank and 996 (no especificado) are not migrant.</summary>
    public static bool IsMigrant(string? country)
    {
        var key = TextKey.Normalize(country);
        return key.Length > 0 && key != "996" && !Colombia.Contains(key);
    }

    private static bool IsYes(string? value)
    {
        var key = TextKey.Normalize(value);
        return Affirmative.Contains(key) || (key.StartsWith("VICTIMA", StringComparison.Ordinal));
    }

    private static bool IsNightOrWeekend(string? jornada)
    {
        var key = TextKey.Normalize(jornada);
        return key is "4" or "5" || key.Contains("NOCTURNA", StringComparison.Ordinal) || key.Contains("FIN DE SEMANA", StringComparison.Ordinal);
    }

    private static void Add(List<string> codes, string code, bool present)
    {
        if (present)
        {
            codes.Add(code);
        }
    }
}
