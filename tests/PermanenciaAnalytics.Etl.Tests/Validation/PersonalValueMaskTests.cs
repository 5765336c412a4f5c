using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Tests.Validation;

public class PersonalValueMaskTests
{
    /// <summary>Header names as real Anexo 6A, reporte plano and SIMPADE files spell them.</summary>
    [Theory]
    [InlineData("NRO_DOCUMENTO", true)]
    [InlineData("DOC", true)]
    [InlineData("PER_ID", true)]
    [InlineData("APELLIDO1", true)]
    [InlineData("NOMBRE2", true)]
    [InlineData("DIRECCION_RESIDENCIA", true)]
    [InlineData("TEL", true)]
    [InlineData("TELEFONO", true)]
    [InlineData("FECHA_NACIMIENTO", true)]
    [InlineData("fecha nacimiento", true)]
    [InlineData("CORREO", true)]
    [InlineData("BARRIO", true)]
    [InlineData("CELULAR_ACUDIENTE", true)]
    [InlineData("CODIGO_DANE", false)]
    [InlineData("COD_GRADO", false)]
    [InlineData("TIPO_DOCUMENTO", false)]
    [InlineData("TIPO_DOC", false)]
    [InlineData("FECHAINI", false)]
    [InlineData("SPD_NOMBRE_SEDE", false)]
    [InlineData("NOMBRE_ESTABLECIMIENTO", false)]
    [InlineData("SPD_RAZON_DESERC_PLANTA_DOCENTE_INCOMPLETA", false)]
    [InlineData("ESTADO", false)]
    [InlineData(null, false)]
    public void IsPersonal_NamesPersonalColumns_ByTheirRealHeaders(string? header, bool expected)
    {
        // Act
        var personal = PersonalValueMask.IsPersonal(header);

        // Assert
        Assert.Equal(expected, personal);
    }

    [Theory]
    [InlineData("FECHA_NACIMIENTO", "31/02/2012X", "***(11)")]
    [InlineData("NRO_DOCUMENTO", "1090100011", "***(10)")]
    [InlineData("FECHA_NACIMIENTO", null, null)]
    [InlineData("FECHA_NACIMIENTO", "***(11)", "***(11)")]   // masked at load, read again by a report
    [InlineData("COD_GRADO", "=cmd|x", "=cmd|x")]
    public void Mask_KeepsOnlyTheLength_WhenTheColumnIsPersonal(string column, string? value, string? expected)
    {
        // Act
        var masked = PersonalValueMask.Mask(column, value);

        // Assert
        Assert.Equal(expected, masked);
    }
}
