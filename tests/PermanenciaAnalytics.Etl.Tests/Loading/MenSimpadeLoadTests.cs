using PermanenciaAnalytics.Core.Simpade;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

/// <summary>
/// MEN's published SIMPADE desertores extract: the real 150-column header (no PER_ID, no document, only TIPO_DOC),
/// UTF-8 with BOM, <c>;</c>, no newline after the last row, ten rows written in its value formats (grade names with and
/// without accents and with mojibake, flags blank / 0 / 1, a quoted comma, <c>SPD_DANE_EE</c> ≠ <c>DANE_EE</c> once).
/// </summary>
public sealed class MenSimpadeLoadTests
{
    private const string MenFile = "simpade/men_desertores_sin_identidad_2025-11.csv";

    [Fact]
    public void Load_LoadsEveryRow_WhenTheExtractHasNoIdentity()
    {
        // Arrange
        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Load(MenFile, ExtractKind.Simpade);

        // Assert: every row loaded, each its own anonymous student of this load; the DANE conflict is one warning.
        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal((10, 10, 0, 1), (summary.RowsRead, summary.RowsLoaded, summary.RowsRejected, summary.Warnings));
        Assert.Equal(new DateOnly(2025, 12, 13), summary.Cut);
        Assert.Equal(10, fixture.Count("simpade_dropout", "per_id IS NULL AND doc_key IS NULL AND student_key LIKE 'A%'"));
        Assert.Equal(10, fixture.Single<long>("SELECT COUNT(DISTINCT student_key) FROM simpade_dropout"));
    }

    [Theory]
    [InlineData(1, 8, 5, "MASCULINO", "URBANA", 2, null)]          // OCTAVO, served April–May by Cúcuta
    [InlineData(3, 7, 6, "FEMENINO", "URBANA", 3, null)]           // SEPTIMO without its accent
    [InlineData(4, 23, 7, "MASCULINO", "URBANA", 4, null)]         // CICLO 3 ADULTOS
    [InlineData(5, 8, 5, "MASCULINO", "URBANA", 4, "3767")]        // served June–July by another secretaría
    [InlineData(6, 99, 8, "FEMENINO", "URBANA", 5, null)]          // ACELERACIÓN DEL APRENDIZAJE
    [InlineData(8, 10, 10, "FEMENINO", "URBANA", 7, null)]         // "DÃ‰CIMO" repaired to DÉCIMO
    [InlineData(9, 5, 3, "MASCULINO", "RURAL", 0, null)]           // QUINTO, rural, never marked served
    public void Load_ReadsGradeMonthSexZonaAndFollowUp_WhenGivenInMenFormats(
        int row, int grade, int month, string sex, string zona, int monthsServed, string? laterSecretariat)
    {
        // Arrange
        using var fixture = new LoadFixture();

        // Act
        fixture.Load(MenFile, ExtractKind.Simpade);

        // Assert
        var stored = fixture.Single<(long, long, string, string, long, string?)>(
            "SELECT grade, final_month, sex, zona, months_served, later_secretariat FROM simpade_dropout WHERE row_number = @row", new { row });
        Assert.Equal((grade, month, sex, zona, monthsServed, laterSecretariat), stored);
    }

    [Fact]
    public void Load_StoresSectorAndReasonFlags_WhenBlankZeroOrOne()
    {
        // Arrange
        using var fixture = new LoadFixture();

        // Act
        fixture.Load(MenFile, ExtractKind.Simpade);

        // Assert: rows 2 and 9 have every flag blank (no reason reported), row 3 every flag 0 (reported, none set).
        Assert.Equal([2L, 9L], fixture.Query<long>("SELECT row_number FROM simpade_dropout WHERE reasons_reported = 0 ORDER BY 1"));
        Assert.Equal(0, fixture.Count("simpade_dropout_reason", "row_number = 3"));
        Assert.Equal(["CAMBIO_DE_RESIDENCIA", "TRABAJAR"], fixture.Query<string>("SELECT reason_code FROM simpade_dropout_reason WHERE row_number = 1 ORDER BY 1"));
        Assert.Equal(["MATONEO_ESCOLAR_(BULLYING)"], fixture.Query<string>("SELECT reason_code FROM simpade_dropout_reason WHERE row_number = 7"));
        Assert.Equal(9, fixture.Count("simpade_dropout_reason")); // 2 + 1 + 1 (A: rows 1, 4, 5) + 2 + 1 + 1 (B: 6, 7, 8) + 1 (A: 10)
        Assert.Equal("NO OFICIAL", fixture.Single<string>("SELECT sector FROM simpade_dropout WHERE row_number = 8"));
        Assert.Equal("SEDE 2, LA LIBERTAD", fixture.Single<string>("SELECT name FROM sede WHERE sede_dane = '154001000110'"));
    }

    [Fact]
    public void Load_RefusesTheFileAndKeepsEverything_WhenASimatExtractIsGivenAsSimpade()
    {
        // Arrange
        using var fixture = new LoadFixture();
        var before = fixture.Snapshot();

        // Act
        var summary = fixture.Load("simat/plano54_2024-04-30.csv", ExtractKind.Simpade);

        // Assert
        Assert.Equal(LoadStatus.Refused, summary.Status);
        Assert.Contains("plano54_2024-04-30.csv", summary.Message, StringComparison.Ordinal);
        Assert.Contains("es un extracto SIMAT", summary.Message, StringComparison.Ordinal);
        Assert.Contains("load simat", summary.Message, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Snapshot());
    }

    [Fact]
    public void Load_RefusesTheFile_WhenASimpadeExtractIsGivenAsSimat()
    {
        // Arrange
        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Load(MenFile, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Refused, summary.Status);
        Assert.Contains("es un extracto SIMPADE", summary.Message, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Count("enrollment"));
    }

    [Fact]
    public void Detect_SaysSimpade_WhenTheHeaderHasSpdColumnsButNoIdentity()
    {
        // Act
        var kind = ExtractKindDetector.Detect(TestData.PathOf(MenFile));

        // Assert
        Assert.Equal(ExtractKind.Simpade, kind);
    }

    public static TheoryData<string> RealHeaderReasonCodes()
    {
        var path = TestData.PathOf(MenFile);
        var header = File.ReadLines(path).First().TrimStart('\uFEFF').Split(';');
        var data = new TheoryData<string>();
        foreach (var (_, code) in HeaderMap.Build(header).ReasonColumns)
        {
            data.Add(code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealHeaderReasonCodes))]
    public void CodesOf_HoldsTheStoredCodeInExactlyOneCategory_ForEveryReasonOfTheRealHeader(string storedCode)
    {
        // Act
        var categories = Enum.GetValues<ReasonCategory>().Where(c => ReasonCategories.CodesOf(c).Contains(storedCode)).ToList();

        // Assert: one category, the same one CategoryOf gives the stored code.
        Assert.Equal([ReasonCategories.CategoryOf(storedCode)], categories);
    }

    [Theory]
    [InlineData("TRABAJAR", ReasonCategory.Individual)]
    [InlineData("POCO_GUSTO_POR_EL_ESTUDIO", ReasonCategory.Individual)]
    [InlineData("CAMBIO_DE_RESIDENCIA", ReasonCategory.Familiar)]
    [InlineData("DESEMPLEO_DE_LOS_PADRES_O_ACUDIENTES", ReasonCategory.Familiar)]
    [InlineData("COSTOS_EDUCATIVOS", ReasonCategory.Escolar)]
    [InlineData("MATONEO_ESCOLAR_(BULLYING)", ReasonCategory.Escolar)]
    [InlineData("PRESENCIA_DE_GRUPOS_ARMADOS", ReasonCategory.Contextual)]
    [InlineData("OTRAS", ReasonCategory.Otra)]
    public void CodesOf_FilesAReasonUnderItsMenCategory_WhenStoredAsTheLoaderStoresIt(string storedCode, ReasonCategory expected)
    {
        // Act
        var contains = ReasonCategories.CodesOf(expected).Contains(storedCode);

        // Assert
        Assert.True(contains, $"{storedCode} is not among the stored codes of {expected}");
    }
}
