namespace PermanenciaAnalytics.Core.Grades;

public static class EducationLevelNames
{
    /// <summary>Machine key used in CSV/JSON output (lower case, no accents).</summary>
    public static string Key(EducationLevel level) => level switch
    {
        EducationLevel.Transicion => "transicion",
        EducationLevel.Primaria => "primaria",
        EducationLevel.Secundaria => "secundaria",
        EducationLevel.Media => "media",
        EducationLevel.Aceleracion => "aceleracion",
        EducationLevel.Preescolar => "preescolar",
        EducationLevel.Adultos => "adultos",
        EducationLevel.NormalSuperior => "normal_superior",
        _ => "desconocido",
    };

    /// <summary>The Spanish label of a level given by its <see cref="Key"/> (as indicator rows carry it); an unknown key is returned as it is.</summary>
    public static string? DisplayOfKey(string? key) =>
        key is null ? null : Enum.GetValues<EducationLevel>().Where(l => Key(l) == key).Select(Display).FirstOrDefault() ?? key;

    /// <summary>Spanish label for tables and charts.</summary>
    public static string Display(EducationLevel level) => level switch
    {
        EducationLevel.Transicion => "Transición",
        EducationLevel.Primaria => "Primaria",
        EducationLevel.Secundaria => "Secundaria",
        EducationLevel.Media => "Media",
        EducationLevel.Aceleracion => "Aceleración",
        EducationLevel.Preescolar => "Preescolar",
        EducationLevel.Adultos => "Adultos",
        EducationLevel.NormalSuperior => "Normal superior",
        _ => "Desconocido",
    };
}
