namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// The logical columns the loaders read, whatever the header calls them in a given export
/// (see <see cref="ColumnAliases"/>). Names are English; aliases carry the SIMAT/SIMPADE spellings.
/// </summary>
public enum ExtractColumn
{
    SchoolYear,
    Status,
    InstitutionName,
    InstitutionDane,
    Calendar,
    Sector,
    SedeName,
    SedeDane,
    MunicipalityCode,
    MunicipalityName,
    Zona,
    Jornada,
    Grade,
    Group,
    Motivo,
    StartDate,
    EndDate,
    Estrato,
    PerId,
    DocNumber,
    DocType,
    FirstSurname,
    SecondSurname,
    FirstName,
    SecondName,
    Sex,
    BirthDate,
    Neighborhood,
    Discapacidad,
    CountryOrigin,
    Email,
    Phone,
    Address,
    Etnia,
    Victima,
    Repitente,
    Metodologia,
    CutDate,

    // SIMPADE only
    SimpadeInstitutionDane,
    SimpadeSedeDane,
    FinalMonth,

    /// <summary>The secretaría (ETC) code of the extract's rows: <c>COD_SECRE</c>, whose own students they are.</summary>
    SecretariatCode,
}
