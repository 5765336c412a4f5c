using System.Text;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Municipal dashboard (secretaria, cobertura): rate by level, month vs last year, institutions ranked with plan status, búsqueda-activa counts, data quality.</summary>
internal static class DashboardPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/tablero", Render).RequirePage(Capability.MunicipalView);
        DashboardCharts.Map(app);
    }

    private static IResult Render(HttpContext context, string? anio, SchoolYears years, IIndicatorReader indicators, OutreachOutcomeStore outcomes,
        IWithdrawnStudentsReader withdrawn, IPublicationLookups lookups, QualityWarnings quality,
        DataVersion version, DataVersionCache cache, DatabaseTarget database)
    {
        var year = years.Resolve(anio);
        // Every total is the engine's own aggregate row (institution, level, municipality), never a sum of the grade rows
        // this viewer received: those may be suppressed (IIndicatorReader), and their sum would understate the totals.
        var byInstitution = indicators.Query(year, IndicatorDimension.Institution, null);
        var html = new StringBuilder();
        var municipalRows = indicators.Query(year, IndicatorDimension.Municipality, null);
        var municipal = municipalRows.Count > 0 ? municipalRows[0] : new IndicatorRow { Year = year, Enrolled = 0, Dropouts = 0, TransfersOut = 0 };
        html.Append("<p class=\"lead\">Año lectivo ").Append(Html.Year(year)).Append(": ")
            .Append(Count(municipal, municipal.Enrolled)).Append(" estudiantes matriculados, ")
            .Append(Count(municipal, municipal.Dropouts)).Append(" desertores, tasa de deserción ")
            .Append(Rate(municipal)).Append(".</p>\n");
        var planStatuses = DashboardPlanAndQuality.PlanStatuses(lookups, year, byInstitution.Select(r => r.InstitutionDane!));
        DashboardPlanAndQuality.AppendPlanSummary(html, year, planStatuses);
        // Cached under the data version (filled ahead of the first view by DashboardWarmup): no statement per view.
        DashboardPlanDeadlineSection.Append(html, DashboardCache.PlanDeadlineRun(cache, version, database));

        html.Append("<section aria-labelledby=\"niveles\"><h2 id=\"niveles\">Deserción por nivel</h2>\n<div class=\"scroll\"><table>\n<caption>Tasa de deserción por nivel educativo, ")
            .Append(Html.Year(year)).Append("</caption>\n<thead><tr><th scope=\"col\">Nivel</th><th scope=\"col\" class=\"num\">Matriculados</th><th scope=\"col\" class=\"num\">Desertores</th><th scope=\"col\" class=\"num\">Tasa</th><th scope=\"col\" class=\"num\">Tasa ")
            .Append(Html.Year(year - 1)).Append("</th></tr></thead><tbody>\n");
        var lastYear = indicators.Query(year - 1, IndicatorDimension.Level, null).ToDictionary(r => r.Level!, StringComparer.Ordinal);
        foreach (var level in indicators.Query(year, IndicatorDimension.Level, null))
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(LevelName(level.Level))).Append("</th>");
            IndicatorCells.Append(html, level, withTransfers: false)
                .Append("<td class=\"num\">").Append(lastYear.TryGetValue(level.Level!, out var previous) ? Rate(previous) : Html.Rate(null)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
        DashboardMonthly.Append(html, MunicipalMonthSeries.Read(indicators, lookups, year), MunicipalMonthSeries.Read(indicators, lookups, year - 1));

        html.Append("<section aria-labelledby=\"ranking\"><h2 id=\"ranking\">Instituciones por tasa de deserción</h2>\n")
            .Append("<figure><img id=\"grafico-ranking\" src=\"/tablero/grafico-ranking.png?anio=").Append(Html.Year(year))
            .Append("\" width=\"800\" alt=\"Gráfico de barras: instituciones ordenadas por tasa de deserción, ").Append(Html.Year(year))
            .Append(", con el color del estado de su plan. Los valores están en la tabla siguiente.\"><figcaption>Instituciones por tasa de deserción y estado del plan</figcaption></figure>\n")
            .Append("<div class=\"scroll\"><table>\n<caption>Instituciones ordenadas de mayor a menor tasa, ")
            .Append(Html.Year(year)).Append("</caption>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Institución</th><th scope=\"col\" class=\"num\">Matriculados</th><th scope=\"col\" class=\"num\">Desertores</th><th scope=\"col\" class=\"num\">Tasa</th><th scope=\"col\">Plan</th></tr></thead><tbody>\n");
        // The same order as the ranking chart and the publication (MunicipalPlanView); reserved rows go last.
        foreach (var ranked in MunicipalPlanView.Build(byInstitution, planStatuses).Ranking)
        {
            var t = ranked.Indicators;
            html.Append("<tr><td>").Append(ranked.Rank).Append("</td><td><a href=\"/instituciones/").Append(Html.Url(t.InstitutionDane))
                .Append("?anio=").Append(Html.Year(year)).Append("\">").Append(Html.E(t.InstitutionName ?? t.InstitutionDane)).Append("</a> <small>")
                .Append(Html.E(t.InstitutionDane)).Append("</small></td>");
            IndicatorCells.Append(html, t, withTransfers: false)
                .Append(DashboardPlanAndQuality.PlanCell(planStatuses, t.InstitutionDane)).Append("</tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
        // Only counts reach this page: one SQL aggregate of the engine's dropouts per institution, kept until a recompute.
        var openCases = DashboardCache.OpenCases(cache, version, withdrawn, year);
        AppendOutreach(html, year, outcomes.CountLatest(year), openCases);
        DashboardPlanAndQuality.AppendQuality(html, quality.For(year), year);
        return Layout.Page(context, "Tablero municipal", html.ToString());
    }

    private static string LevelName(string? key) =>
        Enum.GetValues<EducationLevel>().Where(l => EducationLevelNames.Key(l) == key).Select(EducationLevelNames.Display).FirstOrDefault() ?? key ?? "";

    private static string Count(IndicatorRow row, long value) => row.Suppressed ? IndicatorCells.Reserved : Html.Count(value);

    private static string Rate(IndicatorRow row) => row.Suppressed ? IndicatorCells.Reserved : Html.Rate(row.DropoutRate);

    private static void AppendOutreach(StringBuilder html, int year, IReadOnlyList<OutcomeCount> counts, IReadOnlyDictionary<string, int> listed)
    {
        html.Append("<section aria-labelledby=\"busqueda\"><h2 id=\"busqueda\">Búsqueda activa: resultados registrados</h2>\n");
        if (counts.Count == 0 && listed.Count == 0)
        {
            html.Append("<p>No hay casos de búsqueda activa para ").Append(Html.Year(year)).Append(".</p></section>\n");
            return;
        }

        var outcomes = Enum.GetValues<OutreachOutcome>();
        html.Append("<div class=\"scroll\"><table>\n<caption>Casos por resultado (último registro de cada caso), ").Append(Html.Year(year))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Institución</th><th scope=\"col\" class=\"num\">Retirados en la lista</th>");
        foreach (var outcome in outcomes)
        {
            html.Append("<th scope=\"col\" class=\"num\">").Append(Html.E(OutreachOutcomes.Spanish(outcome))).Append("</th>");
        }

        html.Append("<th scope=\"col\" class=\"num\">Casos cerrados</th></tr></thead><tbody>\n");
        var institutions = counts.Select(c => c.InstitutionDane).Concat(listed.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var dane in institutions)
        {
            var institution = counts.Where(c => c.InstitutionDane == dane).ToList();
            html.Append("<tr><th scope=\"row\">").Append(Html.E(dane)).Append("</th><td class=\"num\">")
                .Append(Html.Count(listed.GetValueOrDefault(dane))).Append("</td>");
            foreach (var outcome in outcomes)
            {
                html.Append("<td class=\"num\">").Append(Html.Count(institution.Where(c => c.Outcome == outcome).Sum(c => c.Cases))).Append("</td>");
            }

            html.Append("<td class=\"num\">").Append(Html.Count(institution.Where(c => OutreachOutcomes.IsClosed(c.Outcome)).Sum(c => c.Cases))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div></section>\n");
    }
}
