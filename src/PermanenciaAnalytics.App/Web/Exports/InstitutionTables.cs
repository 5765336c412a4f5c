using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing.Model;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>The institution page's tables as downloads: grades, sedes, months against the plan's target, and the trend.</summary>
internal static class InstitutionTables
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "grados", "sedes", "meses", "tendencia", "metas" };

    public static ExportTable Grades(int year, IReadOnlyList<IndicatorRow> rows) => new(
        "grados",
        $"Indicadores por grado, {year}",
        [new("Grado"), .. ExportTable.CountColumnsWithTransfers],
        [.. rows.OrderBy(r => r.Grade).Select(row => (object?[])[GradeCatalog.DisplayName(row.Grade!.Value), .. ExportTable.Counts(row, withTransfers: true)])]);

    public static ExportTable Sedes(int year, IReadOnlyList<IndicatorRow> rows, IReadOnlyDictionary<string, string> names) => new(
        "sedes",
        $"Indicadores por sede, {year}",
        [new("Sede"), new("Código DANE de la sede"), .. ExportTable.CountColumnsWithTransfers],
        [.. rows.OrderBy(r => r.SedeDane, StringComparer.Ordinal).Select(row => (object?[])[
            string.IsNullOrEmpty(row.SedeDane) ? "Sin sede registrada" : names.GetValueOrDefault(row.SedeDane, row.SedeDane),
            row.SedeDane, .. ExportTable.Counts(row, withTransfers: true)])]);

    public static ExportTable Months(int year, InstitutionPublication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var options = publication.Options;
        var allowance = InstitutionMonthlySection.Allowance(publication);
        var followUps = InstitutionMonthlySection.FollowUpMonths(publication).ToHashSet();
        return new ExportTable(
            "meses",
            $"Desertores acumulados por mes, {year}",
            [new("Mes"), new("Desertores acumulados", ExportKind.Count), new("Permitidos por la meta", ExportKind.Count), new("Seguimiento")],
            [.. Enumerable.Range(options.FirstSchoolMonth, options.LastSchoolMonth - options.FirstSchoolMonth + 1).Select(month => (object?[])[
                SpanishMonths.Name(month),
                publication.ByMonth.FirstOrDefault(r => r.Month == month) is { } row ? row.Suppressed ? ExportTable.Reserved : (long)row.Dropouts : null,
                allowance is { } a ? Math.Round(TargetPath.AllowedAt(a, month, options), 2) : null,
                followUps.Contains(month) ? "Registrado" : null])]);
    }

    public static ExportTable Trend(YearTrend trend) => TrendTables.Of("tendencia", trend);

    /// <summary>The plan's targets with their results; a target on a scope with a reserved cell stays reserved, as on the page.</summary>
    public static ExportTable Targets(int year, InstitutionPublication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var hidden = PlanMatchDisplay.HiddenGrades(publication.ByGrade);
        return new ExportTable(
            "metas",
            $"Metas del plan {year}",
            [new("Grado o nivel"), new("Meta (%)", ExportKind.Rate), new("Tasa hasta la fecha (%)", ExportKind.Rate), new("Tasa proyectada (%)", ExportKind.Rate), new("Resultado")],
            [.. publication.Match.Targets.Select(t => PlanMatchDisplay.IsReserved(t.Target.Scope, hidden)
                ? (object?[])[t.Target.Scope.Display, t.Target.MaxDropoutRate, ExportTable.Reserved, ExportTable.Reserved, "dato reservado"]
                : [t.Target.Scope.Display, t.Target.MaxDropoutRate, t.RateSoFar, t.ProjectedRate, PlanMatchDisplay.TargetLabel(t.Status)])]);
    }
}
