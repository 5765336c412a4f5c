using PermanenciaAnalytics.Reports.Quality;

namespace PermanenciaAnalytics.App.Web.Components.Support;

/// <summary>The Spanish names of the data-quality checks, for the dashboard table and its download.</summary>
public static class QualityLabels
{
    public static string Check(string check) => check switch
    {
        QualityReport.Duplicates => "Estudiantes con filas duplicadas en un corte",
        QualityReport.TwoInstitutions => "Estudiantes en dos instituciones en un corte",
        QualityReport.GradeJumps => "Saltos de más de un grado",
        QualityReport.EnrollmentDrops => "Caídas de matrícula de más del 10 % entre cortes",
        QualityReport.MissingInstitutions => "Instituciones ausentes de un corte",
        _ => check,
    };
}
