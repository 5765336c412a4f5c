using System.Globalization;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Web.Api;

/// <summary>The JSON API (contract in the README, section `serve`). Machine output: invariant numbers, snake_case names.</summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/api/auth/token", (HttpContext context, TokenRequest? request, AccountService accounts, BearerTokenService tokens) =>
        {
            var result = accounts.Authenticate(request?.User, request?.Password, SignInRateLimit.ClientAddress(context), "api");
            // The same words as the login page for every refusal: a lock must not reveal that the account exists.
            return result.Outcome == LoginOutcome.Success
                ? Results.Json(new TokenResponse(tokens.Issue(result.User!), (long)tokens.Lifetime.TotalSeconds), ApiJson.Options)
                : Results.Json(new { error = Pages.LoginEndpoints.FailureMessage(accounts.Limits) }, statusCode: StatusCodes.Status401Unauthorized);
        }).DisableAntiforgery().AllowPublic("emisión de token").RequireRateLimiting(SignInRateLimit.Policy)
            .WithTags("Autenticación")
            .WithSummary("Emite un token de acceso")
            .WithDescription("Cambia usuario y contraseña por un token bearer. Tras varios intentos fallidos desde el mismo equipo el ingreso se suspende; la respuesta no dice si la cuenta existe.")
            .Accepts<TokenRequest>("application/json")
            .Produces<TokenResponse>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status429TooManyRequests);

        app.MapGet("/api/institutions/{dane}/indicators", (string dane, string? year, SchoolYears years, IIndicatorReader indicators) =>
        {
            if (!years.TryResolveStrict(year, out var resolved))
            {
                return BadYear(year);
            }

            var rows = indicators.ByInstitutionAndGrade(resolved, dane).OrderBy(r => r.Grade).ToList();
            // The total is the engine's institution row: grade rows may be suppressed for this caller and carry no counts.
            var totals = indicators.Query(resolved, IndicatorDimension.Institution, dane);
            var total = totals.Count > 0 ? totals[0] : new IndicatorRow { Year = resolved, InstitutionDane = dane, Enrolled = 0, Dropouts = 0, TransfersOut = 0 };
            return Results.Json(InstitutionIndicators.From(dane, resolved, total, rows), ApiJson.Options);
        }).RequireApi(Capability.InstitutionView)
            .WithTags("Indicadores")
            .WithSummary("Indicadores de una institución por grado")
            .WithDescription("Matriculados, desertores, traslados y tasa de deserción del año (por omisión, el último cargado): el total de la institución y cada grado. Secretaría, cobertura y el rector de esa institución.")
            .Produces<InstitutionIndicators>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status403Forbidden);

        app.MapGet("/api/institutions/{dane}/students/withdrawn", (HttpContext context, string dane, string? year, SchoolYears years,
            IWithdrawnStudentsReader reader, AuditLog audit) =>
        {
            if (!years.TryResolveStrict(year, out var resolved))
            {
                return BadYear(year);
            }

            var students = reader.List(resolved, dane);
            WebAudit.Write(context, audit, "api_busqueda_activa", dane, resolved, $"{students.Count} estudiantes");
            return Results.Json(students.Select(WithdrawnStudentJson.From).ToList(), ApiJson.Options);
        }).RequireApi(Capability.StudentList)
            .WithTags("Búsqueda activa")
            .WithSummary("Estudiantes retirados de una institución")
            .WithDescription("Los desertores del año según el motor, con sus datos de contacto, razones SIMPADE y último resultado registrado. Información reservada: cobertura y el rector de esa institución; cada consulta queda en la auditoría.")
            .Produces<List<WithdrawnStudentJson>>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status403Forbidden);
    }

    internal static IResult BadYear(string? year) => Results.Json(
        new { error = $"El parámetro year='{year}' no es un año lectivo válido: use un número de 2000 a 2100, p. ej. year=2025." },
        ApiJson.Options, statusCode: StatusCodes.Status400BadRequest);

    internal sealed record TokenRequest(string? User, string? Password);

    internal sealed record TokenResponse(string Token, long ExpiresIn);

    /// <summary>Suppressed rows (docs/methodology.md §4) answer null counts and <c>"suppressed": true</c>.</summary>
    internal sealed record InstitutionIndicators(string InstitutionDane, int Year, long? Enrolled, long? Dropouts, long? TransfersOut,
        decimal? DropoutRate, bool Suppressed, IReadOnlyList<GradeIndicators> Grades)
    {
        public static InstitutionIndicators From(string dane, int year, IndicatorRow total, IEnumerable<IndicatorRow> grades) => new(
            dane, year, Shown(total, total.Enrolled), Shown(total, total.Dropouts), Shown(total, total.TransfersOut),
            total.Suppressed ? null : total.DropoutRate, total.Suppressed, grades.Select(GradeIndicators.From).ToList());
    }

    internal sealed record GradeIndicators(int Grade, long? Enrolled, long? Dropouts, long? TransfersOut, decimal? DropoutRate, bool Suppressed)
    {
        public static GradeIndicators From(IndicatorRow row) => new(
            row.Grade!.Value, Shown(row, row.Enrolled), Shown(row, row.Dropouts), Shown(row, row.TransfersOut),
            row.Suppressed ? null : row.DropoutRate, row.Suppressed);
    }

    private static long? Shown(IndicatorRow row, long count) => row.Suppressed ? null : count;

    internal sealed record WithdrawnStudentJson(string StudentKey, string? FullName, string? DocType, string? DocNumber, int Grade, string? GroupCode,
        string LastCutSeen, string? LastStatus, string? Phone, string? Address, IReadOnlyList<string> SimpadeReasons, string? Outcome, string? OutcomeDate)
    {
        public static WithdrawnStudentJson From(WithdrawnStudent s) => new(s.StudentKey, s.FullName, s.DocType, s.DocNumber, s.Grade, s.GroupCode,
            s.LastCutSeen.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.LastStatus, s.Phone, s.Address, s.SimpadeReasons,
            s.Outcome is { } o ? OutreachOutcomes.Code(o) : null, s.OutcomeDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
