namespace PermanenciaAnalytics.Synthetic;

/// <summary>The 54 columns of SIMAT's "reporte plano", in the exact order of the real export (domain.md §1.1).</summary>
public static class SimatPlainColumns
{
    public static IReadOnlyList<string> All { get; } =
    [
        "ANO", "ETC", "ESTADO", "JERARQUIA", "INSTITUCION", "DANE", "CALENDARIO", "SECTOR", "SEDE", "CODIGO_DANE_SEDE",
        "CONSECUTIVO", "ZONA_SEDE", "JORNADA", "GRADO_COD", "GRUPO", "RENOMBRE", "MODELO", "MOTIVO", "FECHAINI", "FECHAFIN",
        "NUI", "ESTRATO", "SISBEN IV", "PER_ID", "DOC", "TIPODOC", "APELLIDO1", "APELLIDO2", "NOMBRE1", "NOMBRE2", "GENERO",
        "FECHA_NACIMIENTO", "BARRIO", "EPS", "TIPO DE SANGRE", "MATRICULACONTRATADA", "FUENTE_RECURSOS", "INTERNADO",
        "NUM_CONTRATO", "HA_ESTADO_VINCULADO_SRPA", "ESTA_ACTIVO_SRPA", "DISCAPACIDAD", "PAIS_ORIGEN", "CORREO",
        "TELEFONO", "ETNIA", "TRA_ESP_APR_ESCOLAR", "APOYO_ACADEMICO_ESPECIAL", "LIST_CAP_EXCEPCIONALES", "CAMPESINO",
        "PAIS_NACIMIENTO", "PAIS_NACIONALIDAD2", "CATEGORIA_AULA", "CONTADOR",
    ];
}
