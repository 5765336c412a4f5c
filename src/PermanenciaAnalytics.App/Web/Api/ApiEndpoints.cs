using System.Globalization;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Web.Api;

/// <summary>The JSON API (issue 6 contract). Machine output: invariant numbers, snake_case names.</summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/api/auth/token", (TokenRequest? request, AccountService accounts, BearerTokenService tokens) =>
        {
            var result = accounts.Authenticate(request?.User, request?.Password);
            return result.Outcome == LoginOutcome.Success
                ? Results.Json(new TokenResponse(tokens.Issue(result.User!), (long)tokens.Lifetime.TotalSeconds), ApiJson.Options)
                : Results.Json(new { error = "Credenciales inválidas o cuenta bloqueada." }, statusCode: StatusCodes.Status401Unauthorized);
        }).DisableAntiforgery();

        app.MapGet("/api/institutions/{dane}/indicators", (string dane, string? year, SchoolYears years, IIndicatorReader indicators) =>
        {
            var resolved = years.Resolve(year);
            var rows = indicators.ByInstitutionAndGrade(resolved, dane).OrderBy(r => r.Grade).ToList();
            var total = IndicatorTotals.Sum(resolved, rows);
            return Results.Json(new InstitutionIndicators(dane, resolved, total.Enrolled, total.Dropouts, total.TransfersOut, total.DropoutRate,
                rows.Select(GradeIndicators.From).ToList()), ApiJson.Options);
        }).RequireApi(Capability.InstitutionView);

        app.MapGet("/api/institutions/{dane}/students/withdrawn", (HttpContext context, string dane, string? year, SchoolYears years,
            IWithdrawnStudentsReader reader, AuditLog audit) =>
        {
            var resolved = years.Resolve(year);
            var students = reader.List(resolved, dane);
            WebAudit.Write(context, audit, "api_busqueda_activa", dane, resolved, $"{students.Count} estudiantes");
            return Results.Json(students.Select(WithdrawnStudentJson.From).ToList(), ApiJson.Options);
        }).RequireApi(Capability.StudentList);
    }

    internal sealed record TokenRequest(string? User, string? Password);

    internal sealed record TokenResponse(string Token, long ExpiresIn);

    internal sealed record InstitutionIndicators(string InstitutionDane, int Year, long Enrolled, long Dropouts, long TransfersOut,
        decimal? DropoutRate, IReadOnlyList<GradeIndicators> Grades);

    internal sealed record GradeIndicators(int Grade, long Enrolled, long Dropouts, long TransfersOut, decimal? DropoutRate)
    {
        public static GradeIndicators From(IndicatorRow row) => new(row.Grade!.Value, row.Enrolled, row.Dropouts, row.TransfersOut, row.DropoutRate);
    }

    internal sealed record WithdrawnStudentJson(string StudentKey, string? FullName, string? DocType, string? DocNumber, int Grade, string? GroupCode,
        string LastCutSeen, string? LastStatus, string? Phone, string? Address, IReadOnlyList<string> SimpadeReasons, string? Outcome, string? OutcomeDate)
    {
        public static WithdrawnStudentJson From(WithdrawnStudent s) => new(s.StudentKey, s.FullName, s.DocType, s.DocNumber, s.Grade, s.GroupCode,
            s.LastCutSeen.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.LastStatus, s.Phone, s.Address, s.SimpadeReasons,
            s.Outcome is { } o ? OutreachOutcomes.Code(o) : null, s.OutcomeDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
