using System.Globalization;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Risk;

namespace PermanenciaAnalytics.App.Web.Api;

/// <summary>
/// The risk list and the búsqueda-activa cases of one institution as JSON, scoped and audited like their pages
/// (<see cref="Capability.StudentList"/>: cobertura and that institution's rector).
/// </summary>
internal static class CaseworkApiEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/institutions/{dane}/risk", (HttpContext context, string dane, string? year, SchoolYears years,
            RiskCandidatesReader reader, AuditLog audit) =>
        {
            if (!years.TryResolveStrict(year, out var resolved))
            {
                return ApiEndpoints.BadYear(year);
            }

            var model = reader.Model();
            var candidates = reader.List(resolved, dane, model);
            WebAudit.Write(context, audit, "api_posibles_desertores", dane, resolved, $"{candidates.Count} estudiantes");
            return Results.Json(new RiskListJson(dane, resolved, model.Version, model.BandMedio, model.BandAlto, [.. candidates.Select(RiskStudentJson.From)]), ApiJson.Options);
        }).RequireApi(Capability.StudentList)
            .WithTags("Búsqueda activa")
            .WithSummary("Posibles desertores de una institución (índice de riesgo)")
            .WithDescription("Cada matriculado en el último corte con su puntaje, banda y los factores que lo componen (código, texto y puntos de la versión vigente). Nada automático ocurre a un estudiante por su puntaje. Información reservada: cobertura y el rector de esa institución; cada consulta queda en la auditoría.")
            .Produces<RiskListJson>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status403Forbidden);

        app.MapGet("/api/institutions/{dane}/cases", (HttpContext context, string dane, string? year, SchoolYears years,
            IWithdrawnStudentsReader reader, AuditLog audit) =>
        {
            if (!years.TryResolveStrict(year, out var resolved))
            {
                return ApiEndpoints.BadYear(year);
            }

            var cases = reader.List(resolved, dane);
            WebAudit.Write(context, audit, "api_casos_busqueda_activa", dane, resolved, $"{cases.Count} casos");
            return Results.Json(cases.Select(CaseJson.From).ToList(), ApiJson.Options);
        }).RequireApi(Capability.StudentList)
            .WithTags("Búsqueda activa")
            .WithSummary("Casos de búsqueda activa de una institución")
            .WithDescription("Un caso por retirado del año según el motor y por posible desertor para quien la institución abrió uno: origen, estado, último resultado, próxima llamada, cierre e historial de contactos. Información reservada: cobertura y el rector de esa institución; cada consulta queda en la auditoría.")
            .Produces<List<CaseJson>>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status403Forbidden);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal sealed record RiskListJson(string InstitutionDane, int Year, int ModelVersion, int BandMedio, int BandAlto, IReadOnlyList<RiskStudentJson> Students);

    internal sealed record RiskStudentJson(string StudentKey, string? FullName, string? DocType, string? DocNumber, int Grade, string? GroupCode,
        int Score, string Band, IReadOnlyList<RiskFactorJson> Factors, string? CaseState)
    {
        public static RiskStudentJson From(RiskCandidate c) => new(c.StudentKey, c.FullName, c.DocType, c.DocNumber, c.Grade, c.GroupCode,
            c.Score, RiskBandNames.Code(c.Band), [.. c.Factors.Select(f => new RiskFactorJson(f.Code, f.Label, f.Points))], c.CaseState);
    }

    internal sealed record RiskFactorJson(string Code, string Label, int Points);

    internal sealed record CaseJson(string StudentKey, string? FullName, string? DocType, string? DocNumber, int Grade, string? GroupCode,
        string Origin, string? RiskBand, string State, string? LastResult, string? LastContactOn, string? NextCallOn, string? ClosureReason,
        IReadOnlyList<string> Phones, string? Address, string? Neighborhood, IReadOnlyList<string> SimpadeReasons, IReadOnlyList<ContactJson> Contacts)
    {
        public static CaseJson From(WithdrawnStudent s) => new(s.StudentKey, s.FullName, s.DocType, s.DocNumber, s.Grade, s.GroupCode,
            s.Origin, s.RiskBand, s.CaseState, s.Outcome is { } o ? OutreachOutcomes.Code(o) : null,
            s.OutcomeDate is { } d ? Day(d) : null, s.NextCallOn is { } n ? Day(n) : null, s.ClosureReason,
            s.Phones, s.Address, s.Neighborhood, s.SimpadeReasons,
            [.. s.Contacts.Select(c => new ContactJson(Day(c.ContactOn), c.Channel, c.Result, c.Note, c.NextCallOn is { } next ? Day(next) : null))]);
    }

    internal sealed record ContactJson(string ContactOn, string Channel, string Result, string? Note, string? NextCallOn);
}
