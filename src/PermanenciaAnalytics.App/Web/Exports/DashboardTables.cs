using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Charts;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>The dashboard's tables as downloads: the same rows, order, labels and reserved cells as the page.</summary>
internal static class DashboardTables
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "niveles", "meses", "tendencia", "instituciones", "busqueda-activa", "busqueda-activa-resultados", "calidad" };

    public static ExportTable? Of(string name, DashboardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return name switch
        {
            "niveles" => Levels(data),
            "meses" => Months(data),
            "tendencia" => TrendTables.Of("tendencia-municipal", data.Trend),
            "instituciones" => Ranking(data),
            "busqueda-activa" => Outreach(data),
            "busqueda-activa-resultados" => OutreachResults(data),
            "calidad" => Quality(data),
            _ => null,
        };
    }

    private static ExportTable Levels(DashboardData data) => new(
        "niveles",
        $"Tasa de deserción por nivel educativo, {data.Year}",
        [new("Nivel"), .. ExportTable.CountColumns, new($"Tasa {data.Year - 1} (%)", ExportKind.Rate)],
        [.. data.Levels.Select(level => (object?[])[LevelName(level.Level), .. ExportTable.Counts(level, withTransfers: false),
            ExportTable.RateOf(data.LastYearLevels.FirstOrDefault(r => r.Level == level.Level))])]);

    private static ExportTable Months(DashboardData data)
    {
        var thisYear = data.MonthsThisYear;
        var lastYear = data.MonthsLastYear;
        var (first, last) = MunicipalMonthSeries.SchoolMonths(thisYear, lastYear);
        var months = MonthlyComparisonChart.MonthsToShow(first, last, thisYear.Known, lastYear.Known);
        return new ExportTable(
            "meses",
            $"Desertores acumulados y tasa municipal por mes, {thisYear.Year} y {lastYear.Year}",
            [new("Mes"), new($"Desertores {thisYear.Year}", ExportKind.Count), new($"Tasa {thisYear.Year} (%)", ExportKind.Rate),
                new($"Desertores {lastYear.Year}", ExportKind.Count), new($"Tasa {lastYear.Year} (%)", ExportKind.Rate)],
            [.. months.Select(month => (object?[])[SpanishMonths.Name(month), .. MonthCells(thisYear.At(month)), .. MonthCells(lastYear.At(month))])]);
    }

    private static object?[] MonthCells(Core.Indicators.IndicatorRow? row) => row switch
    {
        null => ["sin datos", "sin datos"],
        { Suppressed: true } => [ExportTable.Reserved, ExportTable.Reserved],
        _ => [(long)row.Dropouts, row.DropoutRate],
    };

    private static ExportTable Ranking(DashboardData data) => new(
        "instituciones",
        $"Instituciones ordenadas de mayor a menor tasa de deserción, {data.Year}",
        [new("Puesto", ExportKind.Count), new("Institución"), new("Código DANE"), .. ExportTable.CountColumns, new("Plan")],
        [.. data.Ranking.Select(ranked => (object?[])[(long)ranked.Rank, ranked.Indicators.InstitutionName ?? ranked.Indicators.InstitutionDane,
            ranked.Indicators.InstitutionDane, .. ExportTable.Counts(ranked.Indicators, withTransfers: false),
            PlanSubmission.Label(ranked.Indicators.InstitutionDane is { } dane && data.PlanStatuses.TryGetValue(dane, out var status) ? status : PlanSubmissionStatus.Missing)])]);

    private static ExportTable Outreach(DashboardData data)
    {
        var names = data.InstitutionNames;
        return new ExportTable(
            "busqueda-activa",
            $"Búsqueda activa: casos por institución, {data.Year}",
            [new("Institución"), new("Código DANE"), new("Casos", ExportKind.Count), new("Abiertos", ExportKind.Count), new("Contactados (%)", ExportKind.Rate),
                new("Reintegrados (%)", ExportKind.Rate), new("Mediana de días al primer contacto", ExportKind.Count)],
            [.. data.Cases.ByInstitution.OrderBy(i => i.Key, StringComparer.Ordinal)
                .Select(i => FigureRow(names.GetValueOrDefault(i.Key) ?? i.Key, i.Key, i.Value)),
                FigureRow("Total municipal", "", data.Cases.City)]);
    }

    private static object?[] FigureRow(string name, string dane, CaseFigures figures) =>
        [name, dane, figures.Cases, figures.Open, figures.ContactedShare, figures.ReturnedShare,
            figures.MedianDaysToFirstContact is { } days ? (double)days : "—"];

    // The twelve per-result counts the page keeps out of its main table (too wide for 1366 px), per institution.
    private static ExportTable OutreachResults(DashboardData data)
    {
        var outcomes = Enum.GetValues<OutreachOutcome>();
        var institutions = data.Outcomes.Select(c => c.InstitutionDane).Concat(data.Cases.ByInstitution.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new ExportTable(
            "busqueda-activa-resultados",
            $"Búsqueda activa: casos por último resultado, {data.Year}",
            [new("Código DANE"), .. outcomes.Select(o => new ExportColumn(OutreachOutcomes.Spanish(o), ExportKind.Count)), new("Casos cerrados", ExportKind.Count)],
            [.. institutions.Select(dane =>
            {
                var counts = data.Outcomes.Where(c => c.InstitutionDane == dane).ToList();
                return (object?[])[dane, .. outcomes.Select(o => (object?)counts.Where(c => c.Outcome == o).Sum(c => c.Cases)),
                    counts.Where(c => OutreachOutcomes.IsClosed(c.Outcome)).Sum(c => c.Cases)];
            })]);
    }

    private static ExportTable Quality(DashboardData data) => new(
        "calidad",
        $"Alertas de calidad de los extractos SIMAT, {data.Year}",
        [new("Alerta"), new("Hallazgos", ExportKind.Count), new("Estudiantes", ExportKind.Count)],
        [.. data.Quality.GroupBy(f => f.Check).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(check => (object?[])[QualityLabels.Check(check.Key), (long)check.Count(), (long)check.Sum(f => f.Students)])]);

    private static string LevelName(string? key) => EducationLevelNames.DisplayOfKey(key) ?? "";
}
