using Dapper;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Outcomes;

public sealed class OutcomeFreshnessTests
{
    [Fact]
    public void RecomputeIfStale_RecomputesOnlyWhenASimatLoadIsNewer_AndKeepsAnExplicitUntil()
    {
        // Arrange: the March 6A cut loaded, never recomputed.
        using var database = new TempSqliteDatabase();
        var loader = new ExtractLoader(database.Target, new LoadOptions { RejectsFolder = Path.Combine(database.Folder, "rejects") });
        loader.Load(TestData.PathOf("anexo6a/anexo6a_2025-03-31.csv"), ExtractKind.Simat);

        // Act / Assert: stale, recomputed once, then current.
        var first = OutcomeFreshness.RecomputeIfStale(database.Target, 2025);
        Assert.Equal((1, 11L), (first!.Cuts, first.Students));
        Assert.Null(OutcomeFreshness.RecomputeIfStale(database.Target, 2025));

        // An explicit recompute up to March, then the October cut arrives: stale again, and the redo keeps --until.
        OutcomeRecomputer.Recompute(database.Target, 2025, new DateOnly(2025, 3, 31));
        loader.Load(TestData.PathOf("anexo6a/anexo6a_2025-10-31.csv"), ExtractKind.Simat);
        Assert.True(OutcomeFreshness.IsStale(database.Target, 2025));
        var redo = OutcomeFreshness.RecomputeIfStale(database.Target, 2025);
        Assert.Equal((new DateOnly(2025, 3, 31), 1), (redo!.Until, redo.Cuts));
        Assert.False(OutcomeFreshness.IsStale(database.Target, 2025));
    }

    [Fact]
    public void IsStale_IsFalse_WhenTheYearHasNoSimatLoad()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var stale = OutcomeFreshness.IsStale(database.Target, 2025);

        // Assert: nothing to compute is not stale, and nothing was recomputed.
        Assert.False(stale);
        using var connection = database.Target.Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM outcome_recompute"));
    }
}
