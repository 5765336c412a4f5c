using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

public sealed class SimpadeLoadTests
{
    private const string File = "simpade/desertores_2025-11.csv";

    [Fact]
    public void Load_LoadsDropoutsAndRejectsMissingInstitution_WhenSimpadeFileIsDetected()
    {
        using var fixture = new LoadFixture(maxRejectPercent: 20m);

        var summary = fixture.Load(File);

        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal(ExtractKind.Simpade, summary.Kind);
        Assert.Equal(new DateOnly(2025, 12, 13), summary.Cut);
        Assert.Equal((6, 5, 1), (summary.RowsRead, summary.RowsLoaded, summary.RowsRejected));
        Assert.Equal(1, summary.RejectedByReason[RejectReasons.MissingInstitution]);
        Assert.Equal(5, fixture.Count("simpade_dropout", "school_year = 2025 AND cut_date = '2025-12-13'"));
    }

    [Fact]
    public void Load_StoresFlagsSetToOne_WhenReasonsAreReported()
    {
        using var fixture = new LoadFixture(maxRejectPercent: 20m);

        fixture.Load(File, ExtractKind.Simpade);

        Assert.Equal(["CAMBIO_DE_RESIDENCIA", "TRABAJAR"], fixture.Query<string>(
            "SELECT r.reason_code FROM simpade_dropout_reason r JOIN simpade_dropout d ON d.load_id = r.load_id AND d.row_number = r.row_number WHERE d.per_id = '700001' ORDER BY 1"));
        Assert.Equal(["LAS_METODOLOGIAS_Y_PROCESOS_PEDAGOGICOS_NO_RESPONDEN_A_SUS_PARTICULARIDADES"], fixture.Query<string>(
            "SELECT r.reason_code FROM simpade_dropout_reason r JOIN simpade_dropout d ON d.load_id = r.load_id AND d.row_number = r.row_number WHERE d.per_id = '700006'"));
        Assert.Equal(4, fixture.Count("simpade_dropout_reason"));
    }

    [Fact]
    public void Load_DistinguishesBlankFromZeroFlags_WhenNoReasonIsSet()
    {
        using var fixture = new LoadFixture(maxRejectPercent: 20m);

        fixture.Load(File, ExtractKind.Simpade);

        var blank = "D" + StudentKeys.DocumentHash("1092000002");
        Assert.Equal(0, fixture.Single<long>("SELECT reasons_reported FROM simpade_dropout WHERE student_key = @blank", new { blank }));
        Assert.Equal(1, fixture.Single<long>("SELECT reasons_reported FROM simpade_dropout WHERE per_id = '700003'"));
        Assert.Equal(0, fixture.Count("simpade_dropout_reason", "row_number IN (2, 3)"));
    }

    [Theory]
    [InlineData("700001", 8, 5)]
    [InlineData("700003", 23, 5)]
    [InlineData("700004", 10, 5)]   // "DÃ‰CIMO" repaired to DÉCIMO
    [InlineData("700006", 99, 3)]   // MES_FINAL "MARZO"
    public void Load_ParsesGradeNamesAndMonth_WhenGivenAsWords(string perId, int grade, int month)
    {
        using var fixture = new LoadFixture(maxRejectPercent: 20m);

        fixture.Load(File, ExtractKind.Simpade);

        Assert.Equal((grade, month), fixture.Single<(int, int)>("SELECT grade, final_month FROM simpade_dropout WHERE per_id = @perId", new { perId }));
    }

    [Fact]
    public void Load_WarnsAndUsesSpdDane_WhenInstitutionCodesConflict()
    {
        using var fixture = new LoadFixture(maxRejectPercent: 20m);

        var summary = fixture.Load(File, ExtractKind.Simpade);

        Assert.Equal(1, summary.Warnings);
        Assert.Equal("154001000101", fixture.Single<string>("SELECT institution_dane FROM simpade_dropout WHERE per_id = '700004'"));
        Assert.Equal(1, fixture.Count("rejected_row", "reason = 'institution_dane_conflict' AND severity = 'warning' AND value = '154001000999'"));
        Assert.Equal("INSTITUCIÓN EDUCATIVA SAN JOSÉ", fixture.Single<string>("SELECT name FROM institution"));
    }
}
