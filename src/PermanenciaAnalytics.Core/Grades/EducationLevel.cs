namespace PermanenciaAnalytics.Core.Grades;

/// <summary>Levels used by MEN statistics; dropout rates are published for the first five.</summary>
public enum EducationLevel
{
    Transicion,
    Primaria,
    Secundaria,
    Media,
    Aceleracion,
    Preescolar,
    Adultos,
    NormalSuperior,
    Unknown,
}
