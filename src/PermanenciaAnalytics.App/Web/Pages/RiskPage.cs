using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components.Support;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Risk;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Posibles desertores (<see cref="Capability.StudentList"/>): one institution's students enrolled at the latest cut,
/// scored by the risk index in force, with the factors behind each score; the school may open a búsqueda-activa case for
/// a student. Nothing happens to a student because of a score. Every view and every opened case is audited.
/// </summary>
internal static class RiskPage
{
    private const string Path = "/instituciones/{dane}/riesgo";

    /// <summary>Rows a page: a school's whole list (up to ~3,000 students, a form each) was 1.6 MB of HTML.</summary>
    public const int PageSize = 100;

    public static void Map(WebApplication app)
    {
        app.MapGet(Path, Render).RequirePage(Capability.StudentList);
        app.MapPost(Path, Open).RequirePage(Capability.StudentList);
    }

    private static IResult Render(HttpContext context, string dane, string? anio, string? banda, string? grado, string? pagina,
        SchoolYears years, RiskCandidatesReader reader, AuditLog audit) =>
        Page(context, dane, years.Resolve(anio), RiskFilter.Parse(banda, grado), reader, audit, message: null, StatusCodes.Status200OK, pagina);

    private static async Task<IResult> Open(HttpContext context, string dane, string? anio, SchoolYears years, IAntiforgery antiforgery,
        RiskCandidatesReader reader, OutreachOutcomeStore store, AuditLog audit, TimeProvider clock)
    {
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.BadRequest("Formulario vencido: recargue la página.");
        }

        var year = years.Resolve(anio);
        var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
        string? studentKey = form["estudiante"];
        // Only a student of this institution's list: a rector cannot open a case for another school's student.
        var candidate = string.IsNullOrEmpty(studentKey)
            ? null
            : reader.List(year, dane, reader.Model()).FirstOrDefault(c => c.StudentKey == studentKey);
        if (candidate is null)
        {
            return Page(context, dane, year, RiskFilter.Parse(null, null), reader, audit,
                "El estudiante no está en la lista de posibles desertores de esta institución.", StatusCodes.Status400BadRequest);
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var opened = store.OpenAtRisk(year, candidate.StudentKey, dane, RiskBandNames.Code(candidate.Band), PermanenciaClaims.NameOf(context.User), today);
        WebAudit.Write(context, audit, "abrir_caso_riesgo", dane, year,
            (opened ? "caso abierto" : "ya tenía caso") + $", banda {RiskBandNames.Code(candidate.Band)}, puntaje {candidate.Score}");
        // Back to the view the rector opened it from (band, grade, page), or else to the student's band.
        var back = string.IsNullOrEmpty(form["banda"]) ? $"banda={RiskBandNames.Code(candidate.Band)}" : RiskFilter.Parse(form["banda"], form["grado"]).Query;
        var page = int.TryParse(form["pagina"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 1
            ? "&pagina=" + p.ToString(CultureInfo.InvariantCulture)
            : "";
        return Results.Redirect($"/instituciones/{Html.Url(dane)}/riesgo?anio={Html.Year(year)}&{back}{page}&abierto={(opened ? 1 : 0)}");
    }

    private static IResult Page(HttpContext context, string dane, int year, RiskFilter filter, RiskCandidatesReader reader,
        AuditLog audit, string? message, int status, string? page = null)
    {
        var model = reader.Model();
        var all = reader.List(year, dane, model);
        var shown = PageSlices.Of(filter.Apply(all), page, PageSize);
        WebAudit.Write(context, audit, "ver_posibles_desertores", dane, year,
            $"{shown.Rows.Count} de {shown.Total} estudiantes (página {shown.Number} de {shown.Count}), {filter.Describe()}");
        return View.Of<RiskView>(new
        {
            Dane = dane,
            Year = year,
            Candidates = shown,
            Total = all.Count,
            Bands = (IReadOnlyDictionary<RiskBand, int>)all.GroupBy(c => c.Band).ToDictionary(g => g.Key, g => g.Count()),
            Grades = (IReadOnlyList<int>)[.. all.Select(c => c.Grade).Distinct().Order()],
            Filter = filter,
            Model = model,
            Error = message,
            Opened = message is null ? context.Request.Query["abierto"].ToString() switch { "1" => true, "0" => false, _ => (bool?)null } : null,
        }, status);
    }
}
