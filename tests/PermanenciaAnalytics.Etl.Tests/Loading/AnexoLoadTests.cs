using System.Text;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

/// <summary>
/// A real-layout Anexo 6A (the Bogotá SED dictionary's core header, Windows-1252, <c>;</c>, no <c>ESTADO</c>, coded
/// values: GENERO F/M, ZON_ALU 1, TIPO_DISCAPACIDAD 99, CODIGO_ETNIA 0, PAIS_ORIGEN 170/862, dates dd/mm/yyyy, an
/// unquoted comma in the address), cut from the file name.
/// </summary>
public sealed class AnexoLoadTests
{
    private const string MarchCut = "anexo6a/anexo6a_2025-03-31.csv";

    [Fact]
    public void Load_LoadsEveryRowAsEnrolledAtTheCut_WhenAnexo6AHasNoEstado()
    {
        // Arrange
        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Load(MarchCut, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal(ExtractKind.Simat, summary.Kind);
        Assert.Equal(new DateOnly(2025, 3, 31), summary.Cut);
        Assert.Equal((11, 11, 0), (summary.RowsRead, summary.RowsLoaded, summary.RowsRejected));
        Assert.Equal(11, fixture.Count("enrollment", "is_enrolled = 1 AND status = 'MATRICULADO' AND cut_date = '2025-03-31'"));
        Assert.Equal(2, fixture.Count("enrollment", "sede_dane = '154001000110' AND grade = 8"));
        Assert.Equal("RODRÍGUEZ", fixture.Single<string>("SELECT first_surname FROM student_contact WHERE doc_number = '1090100005'"));
        Assert.Equal("VENEZUELA", fixture.Single<string>("SELECT country_origin FROM enrollment WHERE per_id = '910005'"));
    }

    [Fact]
    public void Load_StoresThePlanoWordsForCodedValues_WhenTheAnexoWritesCodes()
    {
        // Arrange: the March 6A cut and its 54-column twin (same students, the plano's words), in two databases (the
        // second file of one cut would replace the first).
        using var anexoDb = new LoadFixture();
        using var planoDb = new LoadFixture();

        // Act
        anexoDb.Load(MarchCut, ExtractKind.Simat);
        planoDb.Load("anexo6a/plano54_2025-03-31.csv", ExtractKind.Simat);

        // Assert: one category per value whatever the layout — no "1", "99", "0" or "170" beside the words.
        foreach (var column in new[] { "zona", "discapacidad", "etnia", "country_origin" })
        {
            var sql = $"SELECT DISTINCT {column} FROM enrollment WHERE {column} IS NOT NULL ORDER BY 1";
            var anexo = anexoDb.Query<string>(sql);
            var plano = planoDb.Query<string>(sql);
            Assert.NotEmpty(anexo);
            Assert.True(anexo.ToHashSet().IsSubsetOf(plano), $"{column}: 6A {string.Join("|", anexo)} vs plano {string.Join("|", plano)}");
        }
    }

    [Fact]
    public void Detect_SaysSimat_WhenTheAnexoHeaderHasNoEstado()
    {
        // Act
        var kind = ExtractKindDetector.Detect(TestData.PathOf(MarchCut));

        // Assert
        Assert.Equal(ExtractKind.Simat, kind);
    }

    [Fact]
    public void Load_StillRefusesAReportePlano_WhenItLacksEstado()
    {
        // Arrange: the 54-column export with its ESTADO column cut out is not an Anexo; its rows say nothing of status.
        using var fixture = new LoadFixture();
        var source = File.ReadAllLines(TestData.PathOf("anexo6a/plano54_2025-03-31.csv"), Encoding.UTF8);
        var estado = Array.IndexOf(source[0].TrimStart('\uFEFF').Split(','), "ESTADO");
        var path = Path.Combine(fixture.Database.Folder, "plano54_sin_estado_2025-03-31.csv");
        File.WriteAllLines(path, source.Select(line => string.Join(',', line.Split(',').Where((_, i) => i != estado))), Encoding.UTF8);

        // Act
        var summary = fixture.Loader.Load(path, ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Refused, summary.Status);
        Assert.Contains("ESTADO", summary.Message, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Count("enrollment"));
    }
}
