using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Grades;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Búsqueda activa (<see cref="Capability.StudentList"/>): the withdrawn students of one institution, with a form per
/// case to record its outcome. Every view is audited; nothing of the students is logged.
/// </summary>
internal static class OutreachPage
{
    private const string Path = "/instituciones/{dane}/busqueda-activa";

    public static void Map(WebApplication app)
    {
        app.MapGet(Path, Render).RequirePage(Capability.StudentList);
        app.MapPost(Path, Record).RequirePage(Capability.StudentList);
    }

    private static IResult Render(HttpContext context, string dane, string? anio, string? grado, SchoolYears years,
        IWithdrawnStudentsReader reader, AuditLog audit) =>
        Page(context, dane, years.Resolve(anio), grado, reader, audit, message: null, StatusCodes.Status200OK);

    private static async Task<IResult> Record(HttpContext context, string dane, string? anio, SchoolYears years,
        IAntiforgery antiforgery, IWithdrawnStudentsReader reader, OutreachOutcomeStore store, AuditLog audit, TimeProvider clock)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.BadRequest("Formulario vencido: recargue la página.");
        }

        var year = years.Resolve(anio);
        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        string? studentKey = form["estudiante"];
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        string? error = null;
        // The case must be one of this institution's withdrawn students: a rector cannot write about another school's student.
        if (string.IsNullOrEmpty(studentKey) || !reader.IsListed(year, dane, studentKey))
        {
            error = "El caso no pertenece a la lista de búsqueda activa de esta institución.";
        }
        else if (!OutreachOutcomes.TryParse(form["resultado"], out _))
        {
            error = "Seleccione un resultado válido.";
        }
        else if (!DateOnly.TryParseExact(form["fecha"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || parsed > today)
        {
            error = "La fecha debe ser válida y no posterior a hoy.";
        }
        else if (form["nota"].ToString().Length > 1000)
        {
            error = "La nota admite como máximo 1000 caracteres.";
        }

        if (error is not null)
        {
            return Page(context, dane, year, null, reader, audit, error, StatusCodes.Status400BadRequest);
        }

        var outcome = OutreachOutcomes.Parse(form["resultado"]);
        var date = DateOnly.ParseExact(form["fecha"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        store.Record(year, studentKey!, dane, outcome, date, form["nota"], PermanenciaClaims.NameOf(context.User));
        WebAudit.Write(context, audit, "registrar_resultado_busqueda", dane, year, $"resultado {OutreachOutcomes.Code(outcome)}");
        return Results.Redirect($"/instituciones/{Html.Url(dane)}/busqueda-activa?anio={Html.Year(year)}&guardado=1");
    }

    private static IResult Page(HttpContext context, string dane, int year, string? grade, IWithdrawnStudentsReader reader,
        AuditLog audit, string? message, int status)
    {
        var students = reader.List(year, dane);
        if (int.TryParse(grade, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var gradeFilter))
        {
            students = students.Where(s => s.Grade == gradeFilter).ToList();
        }

        WebAudit.Write(context, audit, "ver_busqueda_activa", dane, year, $"{students.Count} estudiantes" + (grade is null ? "" : $", grado {grade}"));
        var html = new StringBuilder();
        if (message is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Html.E(message)).Append("</p>\n");
        }
        else if (context.Request.Query.ContainsKey("guardado"))
        {
            html.Append("<p class=\"ok\" role=\"status\">Resultado registrado.</p>\n");
        }

        html.Append("<p class=\"lead\">Estudiantes matriculados en algún corte de ").Append(Html.Year(year))
            .Append(" que ya no aparecen matriculados en el último corte cargado. Información reservada: no la comparta.</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"cases\">\n<caption>Búsqueda activa ").Append(Html.Year(year)).Append(": ")
            .Append(Html.Count(students.Count)).Append(" casos</caption>\n<thead><tr><th scope=\"col\">Estudiante</th><th scope=\"col\">Documento</th>")
            .Append("<th scope=\"col\">Último grado y grupo</th><th scope=\"col\">Último corte</th><th scope=\"col\">Teléfono</th><th scope=\"col\">Dirección</th>")
            .Append("<th scope=\"col\">Razones SIMPADE</th><th scope=\"col\">Resultado</th><th scope=\"col\">Registrar</th></tr></thead><tbody>\n");
        var antiforgery = Layout.Antiforgery(context);
        var index = 0;
        foreach (var s in students)
        {
            index++;
            html.Append("<tr><th scope=\"row\">").Append(Html.E(s.FullName ?? "(sin nombre en el extracto)")).Append("</th>")
                .Append("<td>").Append(Html.E($"{s.DocType} {s.DocNumber}".Trim())).Append("</td>")
                .Append("<td>").Append(Html.E(GradeCatalog.DisplayName(s.Grade))).Append(s.GroupCode is null ? "" : " · grupo " + Html.E(s.GroupCode)).Append("</td>")
                .Append("<td>").Append(Html.Date(s.LastCutSeen)).Append(s.LastStatus is null ? "" : "<br><small>" + Html.E(s.LastStatus) + "</small>").Append("</td>")
                .Append("<td>").Append(Html.E(s.Phone)).Append("</td>")
                .Append("<td>").Append(Html.E(s.Address)).Append(s.Neighborhood is null ? "" : "<br><small>" + Html.E(s.Neighborhood) + "</small>").Append("</td>")
                .Append("<td>").Append(s.SimpadeReasons.Count == 0 ? "—" : Html.E(string.Join(", ", s.SimpadeReasons))).Append("</td>")
                .Append("<td>").Append(s.Outcome is { } o ? Html.E(OutreachOutcomes.Spanish(o)) + "<br><small>" + Html.Date(s.OutcomeDate) + "</small>" : "Pendiente").Append("</td>")
                .Append("<td>").Append(RecordForm(dane, year, s.StudentKey, index, antiforgery)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        return Layout.Page(context, "Búsqueda activa", html.ToString(), status);
    }

    private static string RecordForm(string dane, int year, string studentKey, int index, string antiforgery)
    {
        var options = string.Concat(Enum.GetValues<OutreachOutcome>().Select(o =>
            $"<option value=\"{OutreachOutcomes.Code(o)}\">{Html.E(OutreachOutcomes.Spanish(o))}</option>"));
        return $"""
            <form class="case" method="post" action="/instituciones/{Html.Url(dane)}/busqueda-activa?anio={Html.Year(year)}">{antiforgery}
            <input type="hidden" name="estudiante" value="{Html.Attr(studentKey)}">
            <label for="resultado-{index}">Resultado</label><select id="resultado-{index}" name="resultado" required><option value="">Seleccione…</option>{options}</select>
            <label for="fecha-{index}">Fecha</label><input id="fecha-{index}" name="fecha" type="date" required>
            <label for="nota-{index}">Nota</label><input id="nota-{index}" name="nota" maxlength="1000">
            <button type="submit">Guardar</button></form>
            """;
    }
}
