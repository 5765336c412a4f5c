using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// Header spellings seen in real exports (54-column reporte plano, 43-column detallado, Anexo 6A/13A, SIMPADE),
/// in priority order: when a header holds two aliases of one column, the earlier alias wins
/// (e.g. <c>GRADO_COD</c> before <c>GRADO</c>). Matching uses <see cref="TextKey.Normalize"/>, so case, accents,
/// underscores and stray spaces do not matter.
/// </summary>
public static class ColumnAliases
{
    private static readonly (ExtractColumn Column, string[] Aliases)[] Table =
    [
        (ExtractColumn.SchoolYear, ["ANO", "AÑO", "ANO_INF", "ANNO", "ANNO_INF"]),
        (ExtractColumn.Status, ["ESTADO", "ESTADO_MATRICULA"]),
        (ExtractColumn.InstitutionName, ["INSTITUCION", "NOMBRE_EE", "NOMBRE_ESTABLECIMIENTO", "SPD_NOM_ESTABLECIMIENTO"]),
        (ExtractColumn.InstitutionDane, ["DANE", "CODIGO_DANE", "DANE_EE", "DANE_INSTITUCION"]),
        (ExtractColumn.Calendar, ["CALENDARIO"]),
        (ExtractColumn.Sector, ["SECTOR"]),
        (ExtractColumn.SedeName, ["SEDE", "NOMBRE_SEDE", "SPD_NOMBRE_SEDE"]),
        (ExtractColumn.SedeDane, ["CODIGO_DANE_SEDE", "DANE_SEDE", "DANE_ANTERIOR"]),
        (ExtractColumn.MunicipalityCode, ["MUN_CODIGO", "COD_MUNICIPIO", "SPD_COD_MUN"]),
        (ExtractColumn.MunicipalityName, ["JERARQUIA", "MUNICIPIO", "SPD_NOMBRE_MUN"]),
        (ExtractColumn.Zona, ["ZONA_SEDE", "ZON_ALU", "ZONA_ALU", "ZONA", "ZONA__ALU"]),
        (ExtractColumn.Jornada, ["JORNADA", "TIPO_JORNADA"]),
        (ExtractColumn.Grade, ["GRADO_COD", "COD_GRADO", "GRADO"]),
        (ExtractColumn.Group, ["GRUPO"]),
        (ExtractColumn.Motivo, ["MOTIVO", "MOTIVO_RETIRO"]),
        (ExtractColumn.StartDate, ["FECHAINI", "FECHA_INI", "FECHA_INICIO"]),
        (ExtractColumn.EndDate, ["FECHAFIN", "FECHA_FIN", "FECHA_RETIRO"]),
        (ExtractColumn.Estrato, ["ESTRATO"]),
        (ExtractColumn.PerId, ["PER_ID", "PERID"]),
        (ExtractColumn.DocNumber, ["DOC", "NRO_DOCUMENTO", "NUMERO_DOCUMENTO", "DOCUMENTO", "NUM_DOC"]),
        (ExtractColumn.DocType, ["TIPODOC", "TIPO_DOCUMENTO", "TIPO_DOC"]),
        (ExtractColumn.FirstSurname, ["APELLIDO1", "PRIMER_APELLIDO"]),
        (ExtractColumn.SecondSurname, ["APELLIDO2", "SEGUNDO_APELLIDO"]),
        (ExtractColumn.FirstName, ["NOMBRE1", "PRIMER_NOMBRE"]),
        (ExtractColumn.SecondName, ["NOMBRE2", "SEGUNDO_NOMBRE"]),
        (ExtractColumn.Sex, ["GENERO", "SEXO"]),
        (ExtractColumn.BirthDate, ["FECHA_NACIMIENTO", "FEC_NACIMIENTO"]),
        (ExtractColumn.Neighborhood, ["BARRIO"]),
        (ExtractColumn.Discapacidad, ["DISCAPACIDAD", "TIPO_DISCAPACIDAD", "TIPO_DE_DISCAPACIDAD"]),
        (ExtractColumn.CountryOrigin, ["PAIS_ORIGEN", "PAIS_DE_ORIGEN"]),
        (ExtractColumn.Email, ["CORREO", "EMAIL", "CORREO_ELECTRONICO"]),
        (ExtractColumn.Phone, ["TELEFONO", "TEL"]),
        (ExtractColumn.Address, ["DIRECCION", "DIRECCION_RESIDENCIA"]),
        (ExtractColumn.Etnia, ["ETNIA", "CODIGO_ETNIA"]),
        (ExtractColumn.Victima, ["POB_VICT_CONF_RUV", "POBLACION_VICTIMA_CONFLICTO", "VICTIMA"]),
        (ExtractColumn.Repitente, ["REPITENTE"]),
        (ExtractColumn.Metodologia, ["METODOLOGIA", "MODELO"]),
        (ExtractColumn.CutDate, ["FECHA_CORTE"]),
        (ExtractColumn.SimpadeInstitutionDane, ["SPD_DANE_EE"]),
        (ExtractColumn.SimpadeSedeDane, ["SPD_DANE_SEDE"]),
        (ExtractColumn.FinalMonth, ["MES_FINAL"]),
        (ExtractColumn.SecretariatCode, ["COD_SECRE", "SPD_COD_SECRE", "CODIGO_SED", "COD_SED"]),
    ];

    /// <summary>Normalised alias key → (column, priority; lower wins).</summary>
    internal static readonly IReadOnlyDictionary<string, (ExtractColumn Column, int Priority)> ByKey = BuildKeys();

    /// <summary>The main spelling of a column, used in messages (e.g. the list of missing columns).</summary>
    public static string DisplayName(ExtractColumn column) =>
        Table.First(entry => entry.Column == column).Aliases[0];

    private static Dictionary<string, (ExtractColumn, int)> BuildKeys()
    {
        var keys = new Dictionary<string, (ExtractColumn, int)>(StringComparer.Ordinal);
        foreach (var (column, aliases) in Table)
        {
            for (var i = 0; i < aliases.Length; i++)
            {
                keys.TryAdd(TextKey.Normalize(aliases[i]), (column, i));
            }
        }

        return keys;
    }
}
