using PermanenciaAnalytics.Core.Enrollment;

namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>The text stored in <c>enrollment.status</c> for each <see cref="EnrollmentStatus"/>.</summary>
public static class StatusCodes
{
    public const string Other = "OTRO";

    public static string Of(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.Matriculado => "MATRICULADO",
        EnrollmentStatus.Retirado => "RETIRADO",
        EnrollmentStatus.Desertor => "DESERTOR",
        EnrollmentStatus.Trasladado => "TRASLADADO",
        EnrollmentStatus.Graduado => "GRADUADO",
        EnrollmentStatus.Promocionado => "PROMOCIONADO",
        EnrollmentStatus.Asignado => "ASIGNADO",
        EnrollmentStatus.Inscrito => "INSCRITO",
        EnrollmentStatus.Cancelado => "CANCELADO",
        _ => Other,
    };
}
