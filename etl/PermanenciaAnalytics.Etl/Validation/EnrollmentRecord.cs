namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>A valid SIMAT row, ready for <c>enrollment</c>. Holds no names, documents, phones or addresses.</summary>
public sealed class EnrollmentRecord
{
    public int SchoolYear { get; set; }
    public string StudentKey { get; set; } = "";
    public string? PerId { get; set; }
    public string? DocKey { get; set; }
    public string InstitutionDane { get; set; } = "";
    public string? SedeDane { get; set; }
    public int Grade { get; set; }
    public string? GroupCode { get; set; }
    public string? Jornada { get; set; }
    public string Status { get; set; } = "";
    public string? StatusRaw { get; set; }
    public bool IsEnrolled { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Sex { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? CountryOrigin { get; set; }
    public string? Zona { get; set; }
    public string? Estrato { get; set; }
    public string? Etnia { get; set; }
    public string? Discapacidad { get; set; }
    public string? Victima { get; set; }
    public string? Repitente { get; set; }
    public string? Metodologia { get; set; }
    public string? Motivo { get; set; }
}

/// <summary>Personal data of one row, for <c>student_contact</c> only (búsqueda activa). Never log it.</summary>
public sealed class ContactRecord
{
    public string? DocType { get; set; }
    public string? DocNumber { get; set; }
    public string? FirstName { get; set; }
    public string? SecondName { get; set; }
    public string? FirstSurname { get; set; }
    public string? SecondSurname { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? Neighborhood { get; set; }
    public string? Email { get; set; }
}

/// <summary>A valid SIMPADE row, ready for <c>simpade_dropout</c> and its reasons.</summary>
public sealed class SimpadeRecord
{
    public int SchoolYear { get; set; }
    public DateOnly? CutDate { get; set; }
    public string StudentKey { get; set; } = "";
    public string? PerId { get; set; }
    public string? DocKey { get; set; }
    public string InstitutionDane { get; set; } = "";
    public string? SedeDane { get; set; }
    public int? Grade { get; set; }
    public string? GradeName { get; set; }
    public int? FinalMonth { get; set; }
    public string? Sex { get; set; }
    public string? Sector { get; set; }
    public string? Zona { get; set; }

    /// <summary>Months of SIMPADE's follow-up marked as served (<c>MM_ATENDIDO</c>); null when the header has none.</summary>
    public int? MonthsServed { get; set; }

    /// <summary>
    /// The secretaría that served the student in the last month served, when it is not the extract's own
    /// (<c>COD_SECRE</c>): the student went on in the system elsewhere.
    /// </summary>
    public string? LaterSecretariat { get; set; }

    public bool ReasonsReported { get; set; }
    public List<string> Reasons { get; } = [];
}
