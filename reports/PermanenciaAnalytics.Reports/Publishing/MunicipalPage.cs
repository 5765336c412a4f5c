using System.Globalization;
using System.Text;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;
using static PermanenciaAnalytics.Reports.Publishing.PublicationFormat;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>The body of the municipal <c>index.html</c>: totals, plan counts, the ranking with links to each institution.</summary>
internal static class MunicipalPage
{
    public static string Render(PublicationInput input, MunicipalPlanView view, string chart)
    {
        var body = new StringBuilder();
        body.Append($"<h1>Deserción escolar {input.Year.ToString(CultureInfo.InvariantCulture)} – informe municipal</h1>\n")
            .Append($"<p>Datos hasta {Html(SpanishMonths.Name(input.Month))}. Tasa municipal: <strong>{Rate(input.MunicipalTotal?.DropoutRate)}</strong>")
            .Append(input.MunicipalTotal is { } m ? $" ({Count(m.Dropouts)} desertores de {Count(m.Enrolled)} matriculados)" : string.Empty)
            .Append("</p>\n")
            .Append($"<p>Planes de permanencia: {view.OnTimePlans} a tiempo, <span class=\"warn\">{view.LatePlans} tarde</span>, <span class=\"bad\">{view.MissingPlans} sin plan</span>.</p>\n")
            .Append(chart)
            .Append("<h2>Instituciones por tasa de deserción</h2>\n<table>\n<tr><th>Puesto</th><th class=\"t\">Institución</th><th>Matriculados</th><th>Desertores</th><th>Tasa</th><th class=\"t\">Plan</th></tr>\n");
        foreach (var item in view.Ranking)
        {
            var row = item.Indicators;
            var dane = row.InstitutionDane ?? string.Empty;
            body.Append($"<tr><td>{item.Rank}</td><td class=\"t\"><a href=\"{Html(dane)}/index.html\">{Html(row.InstitutionName ?? dane)}</a></td>")
                .Append(row.Suppressed
                    ? $"<td>{SuppressedMark}</td><td>{SuppressedMark}</td><td>{SuppressedMark}</td>"
                    : $"<td>{Count(row.Enrolled)}</td><td>{Count(row.Dropouts)}</td><td>{Rate(row.DropoutRate)}</td>")
                .Append($"<td class=\"t {PlanMatchDisplay.StatusClass(item.Submission)}\">{Html(PlanSubmission.Label(item.Submission))}</td></tr>\n");
        }

        body.Append("</table>\n<p>Tablas: <a href=\"instituciones.csv\">CSV</a> · <a href=\"instituciones.xlsx\">XLSX</a></p>\n");
        return body.ToString();
    }
}
