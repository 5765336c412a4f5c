namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>
/// Spanish labels of the <see cref="RejectReasons"/> codes, for people reading a load summary (web page, reports).
/// Machine output (rejects CSV, JSON) keeps the codes; an unknown code is shown as itself so nothing is hidden.
/// </summary>
public static class RejectReasonLabels
{
    public static string Spanish(string reason) => reason switch
    {
        RejectReasons.MissingIdentity => "Sin identificación del estudiante (PER_ID o tipo y número de documento)",
        RejectReasons.MissingInstitution => "Sin código DANE de la institución",
        RejectReasons.MalformedInstitutionDane => "Código DANE de la institución mal formado",
        RejectReasons.MissingGrade => "Sin grado",
        RejectReasons.UnknownGrade => "Grado no reconocido",
        RejectReasons.MissingStatus => "Sin estado de la matrícula",
        RejectReasons.UnparseableDate => "Fecha ilegible",
        RejectReasons.MissingYear => "Sin año",
        RejectReasons.DuplicateStudentAtCut => "Estudiante repetido en el mismo corte",
        RejectReasons.FieldTooLong => "Campo más largo de lo permitido para su columna",
        RejectReasons.TruncatedLastLine => "Última línea incompleta (archivo cortado)",
        RejectReasons.UnknownStatus => "Estado no reconocido (cargado como OTRO)",
        RejectReasons.MalformedSedeDane => "Código DANE de la sede mal formado",
        RejectReasons.InstitutionDaneConflict => "Los dos códigos DANE de la institución no coinciden",
        RejectReasons.UnknownGradeName => "Nombre de grado no reconocido",
        RejectReasons.UnparseableMonth => "Mes ilegible",
        _ => reason,
    };
}
