using System.Globalization;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Core.Simpade;
using PermanenciaAnalytics.Core.Text;
using static PermanenciaAnalytics.Reports.Plans.PlanLayout;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>Parses one row of each plan part; returns null (after recording its errors) when the row is invalid.</summary>
internal static class PlanPartParsers
{
    public static PlanRiskFactor? RiskFactor((PlanSheet Sheet, PlanSheetRow Row) source, PlanRowContext context)
    {
        var (sheet, row) = source;
        var category = ParseCategory(sheet, row, context);
        var description = context.Required(sheet, row, Description);
        var codes = new List<string>();
        var ok = true;
        foreach (var item in PlanCellParsers.SplitList(row[Reasons], '|', ';'))
        {
            if (SimpadeReasonCatalog.TryFind(item, out var reason))
            {
                codes.Add(reason.Code);
            }
            else
            {
                context.Error(sheet, row, Reasons, item, "no es una razón de deserción de SIMPADE (vea la hoja «Listas» de la plantilla)");
                ok = false;
            }
        }

        return ok && category is { } c && description is not null ? new PlanRiskFactor(c, description, codes.Distinct().ToList()) : null;
    }

    public static PlanProtectiveFactor? ProtectiveFactor((PlanSheet Sheet, PlanSheetRow Row) source, PlanRowContext context)
    {
        var (sheet, row) = source;
        var category = ParseCategory(sheet, row, context);
        var description = context.Required(sheet, row, Description);
        return category is { } c && description is not null ? new PlanProtectiveFactor(c, description) : null;
    }

    public static PlanStrategy? Strategy((PlanSheet Sheet, PlanSheetRow Row) source, PlanRowContext context)
    {
        var (sheet, row) = source;
        var name = context.Required(sheet, row, StrategyName);
        StrategyType? type = null;
        if (context.Required(sheet, row, StrategyTypeColumn) is { } typeText)
        {
            if (StrategyTypeNames.TryParse(typeText, out var parsed))
            {
                type = parsed;
            }
            else
            {
                context.Error(sheet, row, StrategyTypeColumn, typeText, $"tipo de estrategia desconocido; use uno de: {string.Join(", ", StrategyTypeNames.Labels)}");
            }
        }

        var scopes = ParseScopes(sheet, row, Scopes, context, out var scopesOk);
        var population = context.Required(sheet, row, Population);
        var responsible = context.Required(sheet, row, Responsible);
        var start = RequiredDate(sheet, row, Start, context);
        var end = RequiredDate(sheet, row, End, context);
        if (start is { } s && end is { } e && e < s)
        {
            context.Error(sheet, row, End, row[End], "la fecha de finalización es anterior a la de inicio");
            return null;
        }

        return name is null || type is null || !scopesOk || population is null || responsible is null || start is null || end is null
            ? null
            : new PlanStrategy(name, type.Value, scopes, population, responsible, start.Value, end.Value);
    }

    public static PlanTarget? Target((PlanSheet Sheet, PlanSheetRow Row) source, PlanRowContext context)
    {
        var (sheet, row) = source;
        PlanScope? scope = null;
        if (context.Required(sheet, row, Scope) is { } scopeText)
        {
            if (PlanScope.TryParse(scopeText, out var parsed) && IsRated(parsed))
            {
                scope = parsed;
            }
            else
            {
                context.Error(sheet, row, Scope, scopeText, "no es un grado con tasa de deserción (0 a 11 o 99) ni un nivel (transición, primaria, secundaria, media, aceleración)");
            }
        }

        decimal? rate = null;
        if (context.Required(sheet, row, MaxRate) is { } rateText)
        {
            if (PlanCellParsers.TryRate(rateText, out var parsed))
            {
                rate = parsed;
            }
            else
            {
                context.Error(sheet, row, MaxRate, rateText, "la tasa debe ser un porcentaje entre 0 y 100, por ejemplo 3,5");
            }
        }

        return scope is not null && rate is { } r ? new PlanTarget(scope, r) : null;
    }

    public static PlanFollowUp? FollowUp((PlanSheet Sheet, PlanSheetRow Row) source, IReadOnlyList<PlanStrategy> strategies, PlanRowContext context)
    {
        var (sheet, row) = source;
        int? month = null;
        if (context.Required(sheet, row, Month) is { } monthText)
        {
            if (SpanishMonths.TryParse(monthText, out var parsed))
            {
                month = parsed;
            }
            else
            {
                context.Error(sheet, row, Month, monthText, "el mes debe ser un número de 1 a 12 o su nombre (enero … diciembre)");
            }
        }

        var atRisk = RequiredCount(sheet, row, AtRisk, context);
        var contacted = RequiredCount(sheet, row, Contacted, context);
        var reEnrolled = RequiredCount(sheet, row, ReEnrolled, context);
        var ok = true;
        if (atRisk is { } risk && contacted is { } reached && reached > risk)
        {
            context.Error(sheet, row, Contacted, row[Contacted], "hay más contactados que estudiantes en riesgo");
            ok = false;
        }

        var known = strategies.Select(s => TextKey.Normalize(s.Name)).ToHashSet(StringComparer.Ordinal);
        var carried = PlanCellParsers.SplitList(row[CarriedOut], '|').ToList();
        foreach (var name in carried.Where(n => !known.Contains(TextKey.Normalize(n))))
        {
            context.Error(sheet, row, CarriedOut, name, "no coincide con el nombre de ninguna estrategia del plan");
            ok = false;
        }

        var notes = row[Notes];
        return ok && month is { } m && atRisk is { } a && contacted is { } c && reEnrolled is { } r
            ? new PlanFollowUp(m, a, c, r, carried, notes.Length == 0 ? null : notes)
            : null;
    }

    private static bool IsRated(PlanScope scope) =>
        scope.Level is not null || Core.Grades.GradeCatalog.IsInDropoutUniverse(scope.Grade!.Value);

    private static RiskFactorCategory? ParseCategory(PlanSheet sheet, PlanSheetRow row, PlanRowContext context)
    {
        if (context.Required(sheet, row, Category) is not { } text)
        {
            return null;
        }

        if (RiskFactorCategoryNames.TryParse(text, out var category))
        {
            return category;
        }

        context.Error(sheet, row, Category, text, "la categoría debe ser individual, familiar, escolar o contextual");
        return null;
    }

    private static List<PlanScope> ParseScopes(PlanSheet sheet, PlanSheetRow row, string column, PlanRowContext context, out bool ok)
    {
        ok = true;
        var scopes = new List<PlanScope>();
        foreach (var item in PlanCellParsers.SplitList(row[column], ',', '|', ';'))
        {
            if (PlanScope.TryParse(item, out var scope))
            {
                scopes.Add(scope);
            }
            else
            {
                context.Error(sheet, row, column, item, "no es un código de grado de SIMAT ni un nivel educativo");
                ok = false;
            }
        }

        return scopes;
    }

    private static DateOnly? RequiredDate(PlanSheet sheet, PlanSheetRow row, string column, PlanRowContext context)
    {
        if (context.Required(sheet, row, column) is not { } text)
        {
            return null;
        }

        if (PlanCellParsers.TryDate(text, out var date))
        {
            return date;
        }

        context.Error(sheet, row, column, text, "la fecha debe escribirse AAAA-MM-DD (por ejemplo 2025-03-01)");
        return null;
    }

    private static int? RequiredCount(PlanSheet sheet, PlanSheetRow row, string column, PlanRowContext context)
    {
        if (context.Required(sheet, row, column) is not { } text)
        {
            return null;
        }

        if (PlanCellParsers.TryCount(text, out var count))
        {
            return count;
        }

        context.Error(sheet, row, column, text.ToString(CultureInfo.InvariantCulture), "debe ser un número entero de estudiantes, 0 o mayor");
        return null;
    }
}
