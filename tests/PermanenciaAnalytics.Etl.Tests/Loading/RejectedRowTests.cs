using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

public sealed class RejectedRowTests
{
    private const string MixedFile = "simat/rejects_mixed_2024-05-31.csv";

    [Fact]
    public void Load_CountsRejectsByReason_WhenRowsAreInvalid()
    {
        using var fixture = new LoadFixture(maxRejectPercent: 70m);

        var summary = fixture.Load(MixedFile, ExtractKind.Simat);

        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal((12, 4, 8), (summary.RowsRead, summary.RowsLoaded, summary.RowsRejected));
        var expected = new Dictionary<string, long>
        {
            [RejectReasons.MissingIdentity] = 1,
            [RejectReasons.MissingInstitution] = 1,
            [RejectReasons.MalformedInstitutionDane] = 1,
            [RejectReasons.MissingGrade] = 1,
            [RejectReasons.UnknownGrade] = 1,
            [RejectReasons.MissingStatus] = 1,
            [RejectReasons.UnparseableDate] = 1,
            [RejectReasons.DuplicateStudentAtCut] = 1,
        };
        Assert.Equal(expected, summary.RejectedByReason.OrderBy(p => p.Key).ToDictionary());
        Assert.Equal(1, summary.Duplicates);
        Assert.Equal(1, summary.Warnings);
        Assert.Equal(8, fixture.Count("load_reject_reason", "row_count = 1"));
        Assert.Equal(8, fixture.Count("rejected_row", "severity = 'rejected'"));
        Assert.Equal(1, fixture.Count("rejected_row", "severity = 'warning' AND reason = 'unknown_status' AND value = 'EN PROCESO'"));
    }

    [Fact]
    public void Load_KeepsTheReasonCountsButNoRow_WhenTheFileIsRefusedForTooManyRejects()
    {
        // Arrange: 8 of 12 rows rejected (66.7 %) is over the default 10 % cap.
        using var fixture = new LoadFixture();

        // Act
        var summary = fixture.Load(MixedFile, ExtractKind.Simat);

        // Assert: the refused load's ledger row carries one count per reason; no data and no rejected row stay.
        Assert.Equal(LoadStatus.Refused, summary.Status);
        var loadId = fixture.Single<long>("SELECT load_id FROM load_ledger WHERE status = 'refused'");
        Assert.Equal(8, fixture.Count("load_reject_reason", "load_id = @loadId AND row_count = 1", new { loadId }));
        Assert.Equal(1, fixture.Count("load_reject_reason", "load_id = @loadId AND reason = @reason", new { loadId, reason = RejectReasons.DuplicateStudentAtCut }));
        Assert.Equal((0L, 0L), (fixture.Count("enrollment"), fixture.Count("rejected_row")));
    }

    [Fact]
    public void Load_LoadsUnknownEstadoAsOtro_WhenEstadoIsNotAKnownValue()
    {
        using var fixture = new LoadFixture(maxRejectPercent: 70m);

        fixture.Load(MixedFile);

        Assert.Equal(("OTRO", "EN PROCESO", 0L), fixture.Single<(string, string, long)>(
            "SELECT status, status_raw, is_enrolled FROM enrollment WHERE per_id = '900030'"));
    }

    [Fact]
    public void Load_KeepsFirstRow_WhenStudentIsDuplicatedAtCut()
    {
        using var fixture = new LoadFixture(maxRejectPercent: 70m);

        fixture.Load(MixedFile);

        Assert.Equal(("601", 1L), fixture.Single<(string, long)>("SELECT group_code, row_number FROM enrollment WHERE per_id = '900021'"));
        Assert.Equal(1, fixture.Count("rejected_row", "row_number = 10 AND reason = 'duplicate_student_at_cut'"));
    }

    [Fact]
    public void Load_WritesRejectsCsvWithoutPersonalData_WhenRowsAreRejected()
    {
        using var fixture = new LoadFixture(maxRejectPercent: 70m);

        var summary = fixture.Load(MixedFile);

        Assert.NotNull(summary.RejectsPath);
        Assert.StartsWith(fixture.RejectsFolder, Path.GetFullPath(summary.RejectsPath), StringComparison.Ordinal);
        var lines = File.ReadAllLines(summary.RejectsPath);
        Assert.Equal("row_number,column,value,reason,severity", lines[0]);
        Assert.Equal(10, lines.Length); // header + 8 rejected + 1 warning
        Assert.Contains("5,DANE,15400100010,malformed_institution_dane,rejected", lines);
        Assert.Contains("7,GRADO_COD,17,unknown_grade,rejected", lines);
        Assert.Contains("3,PER_ID,,missing_identity,rejected", lines);
        Assert.Contains("9,FECHAINI,31-31-2024,unparseable_date,rejected", lines);
        Assert.Contains("11,ESTADO,EN PROCESO,unknown_status,warning", lines);
        var text = File.ReadAllText(summary.RejectsPath);
        foreach (var personal in new[] { "PEÑA", "MUÑOZ", "ANDRÉS", "3001234567", "10900000", "LA LIBERTAD" })
        {
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_RefusesWholeFile_WhenRejectsExceedMaximumPercent()
    {
        using var fixture = new LoadFixture();

        var summary = fixture.Load(MixedFile);

        Assert.Equal(LoadStatus.Refused, summary.Status);
        Assert.Contains("rejects_mixed_2024-05-31.csv", summary.Message, StringComparison.Ordinal);
        Assert.Contains("8 de 12 filas", summary.Message, StringComparison.Ordinal);
        Assert.Equal(0, summary.RowsLoaded);
        Assert.Equal(8, summary.RowsRejected);
        Assert.Equal(0, fixture.Count("enrollment") + fixture.Count("rejected_row") + fixture.Count("student_contact"));
        Assert.Equal(1, fixture.Count("load_ledger", "status = 'refused'"));
        Assert.Equal(0, fixture.Count("load_ledger", "status <> 'refused'"));
    }

    [Fact]
    public void Load_KeepsBothRows_WhenStudentTransfersWithinOneCut()
    {
        // Arrange: 900050 is RETIRADO at the origin and MATRICULADO at the destination in the same cut;
        // 900051 appears twice, MATRICULADO at the same institution (a real duplicate).
        using var fixture = new LoadFixture(maxRejectPercent: 50m);

        // Act
        var summary = fixture.Load("simat/transfer_same_cut_2024-06-30.csv", ExtractKind.Simat);

        // Assert
        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal((4L, 3L, 1L), (summary.RowsRead, summary.RowsLoaded, summary.Duplicates));
        Assert.Equal(
            [("154001000101", "RETIRADO"), ("154001000202", "MATRICULADO")],
            fixture.Query<(string, string)>("SELECT institution_dane, status FROM enrollment WHERE per_id = '900050' ORDER BY row_number"));
    }
}
