using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Enrollment;

/// <summary>The SIMAT ESTADO values we know. Anything else loads as "not enrolled" with a warning.</summary>
public enum EnrollmentStatus
{
    Matriculado,
    Retirado,
    Desertor,
    Trasladado,
    Graduado,
    Promocionado,
    Asignado,
    Inscrito,
    Cancelado,
    Other,
}

public static class EnrollmentStatusParser
{
    /// <summary>Trimmed, case- and accent-insensitive (docs/design.md §5 rule 2).</summary>
    public static EnrollmentStatus Parse(string? raw) => TextKey.Normalize(raw) switch
    {
        "MATRICULADO" => EnrollmentStatus.Matriculado,
        "RETIRADO" => EnrollmentStatus.Retirado,
        "DESERTOR" => EnrollmentStatus.Desertor,
        "TRASLADADO" => EnrollmentStatus.Trasladado,
        "GRADUADO" => EnrollmentStatus.Graduado,
        "PROMOCIONADO" => EnrollmentStatus.Promocionado,
        "ASIGNADO" => EnrollmentStatus.Asignado,
        "INSCRITO" => EnrollmentStatus.Inscrito,
        "CANCELADO" => EnrollmentStatus.Cancelado,
        _ => EnrollmentStatus.Other,
    };

    public static bool IsEnrolled(EnrollmentStatus status) => status == EnrollmentStatus.Matriculado;
}
