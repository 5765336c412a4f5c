namespace PermanenciaAnalytics.Etl.Official;

/// <summary>The columns of MEN's statistics files that <see cref="MenStatisticsReader"/> reads; the others are ignored.</summary>
public enum MenStatisticsColumn
{
    Year,
    MunicipalityCode,
    MunicipalityName,
    DepartmentCode,
    DepartmentName,
    Population,
    DropoutTotal,
    DropoutTransicion,
    DropoutPrimaria,
    DropoutSecundaria,
    DropoutMedia,
}
