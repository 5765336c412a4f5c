using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Exports;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Búsqueda activa (<see cref="Capability.StudentList"/>): the withdrawn students of one institution, with a form per
/// case to register a contact (each post adds one to the case's history). Every view is audited; nothing of the students is logged.
/// </summary>
internal static class OutreachPage
{
    private const string Path = "/instituciones/{dane}/busqueda-activa";

    public static void Map(WebApplication app)
    {
        app.MapGet(Path, Render).RequirePage(Capability.StudentList);
        app.MapPost(Path, Record).RequirePage(Capability.StudentList);
        app.MapGet(Path + ".{formato}", Export).RequirePage(Capability.StudentList);
    }

    // The call sheet: the page's list (and its filters) as CSV or XLSX, audited like the page.
    private static IResult Export(HttpContext context, string dane, string formato, string? anio, string? grado, string? estado, string? llamar, string? origen, string? banda,
        SchoolYears years, IWithdrawnStudentsReader reader, AuditLog audit, TimeProvider clock)
    {
        var year = years.Resolve(anio);
        var filter = OutreachFilter.Parse(grado, estado, llamar, origen, banda);
        return ExportResults.IsFormat(formato)
            ? ExportResults.File(context, audit, StudentTables.Outreach(year, filter.Apply(reader.List(year, dane), Today(clock))), formato, dane, year)
            : Results.NotFound();
    }

    private static IResult Render(HttpContext context, string dane, string? anio, string? grado, string? estado, string? llamar, string? origen, string? banda,
        SchoolYears years, IWithdrawnStudentsReader reader, AuditLog audit, TimeProvider clock) =>
        Page(context, dane, years.Resolve(anio), OutreachFilter.Parse(grado, estado, llamar, origen, banda), reader, audit, clock, message: null, StatusCodes.Status200OK);

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

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
        var today = Today(clock);
        string? error = null;
        DateOnly? nextCall = null;
        // A form without a channel (the old form, scripts) records it as 'otro'.
        var channel = string.IsNullOrEmpty(form["canal"]) ? "otro" : form["canal"].ToString();
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
        else if (!OutreachChannels.All.Contains(channel))
        {
            error = "Seleccione un canal válido.";
        }
        else if (form["nota"].ToString().Length > 1000)
        {
            error = "La nota admite como máximo 1000 caracteres.";
        }
        else if (!string.IsNullOrEmpty(form["proxima"]))
        {
            if (DateOnly.TryParseExact(form["proxima"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var next) && next >= today)
            {
                nextCall = next;
            }
            else
            {
                error = "La próxima llamada debe ser una fecha válida, hoy o después.";
            }
        }

        if (error is not null)
        {
            return Page(context, dane, year, OutreachFilter.Parse(null, null), reader, audit, clock, error, StatusCodes.Status400BadRequest);
        }

        var outcome = OutreachOutcomes.Parse(form["resultado"]);
        var date = DateOnly.ParseExact(form["fecha"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        store.Record(year, studentKey!, dane, outcome, date, form["nota"], PermanenciaClaims.NameOf(context.User), channel, nextCall);
        WebAudit.Write(context, audit, "registrar_resultado_busqueda", dane, year, $"resultado {OutreachOutcomes.Code(outcome)}, canal {channel}");
        return Results.Redirect($"/instituciones/{Html.Url(dane)}/busqueda-activa?anio={Html.Year(year)}&guardado=1");
    }

    private static IResult Page(HttpContext context, string dane, int year, OutreachFilter filter, IWithdrawnStudentsReader reader,
        AuditLog audit, TimeProvider clock, string? message, int status)
    {
        var all = reader.List(year, dane);
        var students = filter.Apply(all, Today(clock));
        var described = filter.Describe();
        WebAudit.Write(context, audit, "ver_busqueda_activa", dane, year, $"{students.Count} estudiantes" + (described.Length == 0 ? "" : ", " + described));
        return View.Of<OutreachView>(new
        {
            Dane = dane,
            Year = year,
            Students = students,
            Total = all.Count,
            Grades = (IReadOnlyList<int>)[.. all.Select(s => s.Grade).Distinct().Order()],
            Filter = filter,
            Error = message,
            Saved = message is null && context.Request.Query.ContainsKey("guardado"),
        }, status);
    }
}
