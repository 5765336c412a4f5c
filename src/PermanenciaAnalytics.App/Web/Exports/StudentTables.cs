using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Core.Grades;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>
/// The student lists a rector or cobertura works from, as downloads (the call sheet of búsqueda activa, a grade's
/// students). Reserved information: the routes check <c>StudentList</c> and audit counts, never names.
/// </summary>
internal static class StudentTables
{
    public static ExportTable Outreach(int year, IReadOnlyList<WithdrawnStudent> students) => new(
        "busqueda-activa",
        $"Búsqueda activa {year}: {students.Count} casos",
        [new("Estudiante"), new("Documento"), new("Origen"), new("Último grado"), new("Grupo"), new("Último corte", ExportKind.Date), new("Último estado"),
            new("Teléfonos"), new("Dirección"), new("Barrio"), new("Razones SIMPADE"), new("Resultado"), new("Fecha del resultado", ExportKind.Date),
            new("Estado"), new("Próxima llamada", ExportKind.Date)],
        [.. students.Select(s => (object?[])[s.DisplayName, s.Document, OutreachCaseOrigins.Spanish(s.Origin), GradeCatalog.DisplayName(s.Grade),
            s.GroupCode, s.LastCutSeen, s.LastStatus, string.Join(" / ", s.Phones), s.Address, s.Neighborhood, string.Join(", ", s.SimpadeReasonLabels),
            s.Outcome is { } o ? OutreachOutcomes.Spanish(o) : "Pendiente", s.OutcomeDate,
            OutreachCaseStates.Spanish(s.CaseState), s.NextCallOn])]);

    public static ExportTable Grade(int grade, IReadOnlyList<GradeStudent> students) => new(
        "estudiantes-grado-" + grade.ToString(System.Globalization.CultureInfo.InvariantCulture),
        $"{GradeCatalog.DisplayName(grade)}: {students.Count} estudiantes",
        [new("Estudiante"), new("Documento"), new("Grupo"), new("Último corte matriculado", ExportKind.Date), new("Situación")],
        [.. students.Select(s => (object?[])[s.DisplayName, s.Document, s.GroupCode, s.LastEnrolledCut,
            s.IsDropout ? "Desertor" : "Matriculado"])]);
}
