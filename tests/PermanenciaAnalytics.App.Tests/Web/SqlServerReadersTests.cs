using Microsoft.Data.SqlClient;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>The web readers on SQL Server (runs only when PERMANENCIA_TEST_SQLSERVER is set): same seed, same answers.</summary>
public sealed class SqlServerReadersTests
{
    [SqlServerFact]
    public void Readers_ReturnTheSameHandComputedAnswers_OnSqlServer() => WithThrowawayDatabase(target =>
    {
        // Arrange
        SeedData.Seed(target);

        // Act
        var own = new IndicatorEngine(target).ByInstitutionAndGrade(SeedData.Year, SeedData.OwnDane);
        var withdrawn = new SqlWithdrawnStudentsReader(target).List(SeedData.Year, SeedData.OwnDane);
        var grade7 = new SqlGradeStudentsReader(target).List(SeedData.Year, SeedData.OwnDane, 7);

        // Assert
        Assert.Equal([(6, 2L, 1L, 0L), (7, 2L, 1L, 1L)], own.Select(r => (r.Grade!.Value, r.Enrolled, r.Dropouts, r.TransfersOut)).ToList());
        Assert.Equal(new[] { "S2", "S3" }, withdrawn.Select(s => s.StudentKey).ToArray());
        Assert.Equal("3157654321", withdrawn[0].Phone);
        Assert.Equal(new[] { "CAMBIO DOMICILIO", "ECONOMICAS" }, withdrawn[0].SimpadeReasons.ToArray());
        Assert.Equal(new[] { true, false }, grade7.Select(s => s.IsDropout).ToArray());
    });

    [SqlServerFact]
    public void CaseAggregates_ReturnCaseScenariosHandComputedFigures_OnSqlServer() => WithThrowawayDatabase(target =>
    {
        // Arrange
        SeedData.Seed(target);
        CaseScenario.Record(target);

        // Act
        var figures = CaseFiguresTable.Read(target, SeedData.Year);
        var months = CaseMonthCount.Read(target, SeedData.Year, SeedData.OwnDane);

        // Assert
        Assert.Equal(new CaseFigures(2, 1, 1, 1, 130m), figures.ByInstitution[SeedData.OwnDane]);
        Assert.Equal(new CaseFigures(2, 1, 0, 0, 2m), figures.ByInstitution[SeedData.OtherDane]);
        Assert.Equal(new CaseFigures(4, 2, 1, 1, 102m), figures.City);
        Assert.Equal(new CaseMonthCount(6, 1, 1), months[5]);
        Assert.Equal(new CaseMonthCount(11, 0, 0), months[10]);
    });

    [SqlServerFact]
    public async Task LoadReaders_ShowTheLoadAndItsRejects_OnSqlServer()
    {
        // Arrange: the real loader on SQL Server (12 rows: 4 loaded, 8 rejected one per reason, 1 warning).
        string csv = "";
        LoadDetail? load = null;
        IReadOnlyList<LoadIssueCount> counts = [];
        IReadOnlyList<RejectedRowLine> first = [];
        long? byName = null;
        await WithThrowawayDatabaseAsync(async target =>
        {
            var rejects = Directory.CreateTempSubdirectory("permanencia-rechazos-").FullName;
            new ExtractLoader(target, new LoadOptions { MaxRejectPercent = 70m, RejectsFolder = rejects })
                .Load(TestData.PathOf("simat/rejects_mixed_2024-05-31.csv"), ExtractKind.Auto);
            var loads = new LoadDetailsReader(target);
            var rows = new RejectedRowsReader(target);

            // Act
            byName = loads.LatestLoadOf("rejects_mixed_2024-05-31.csv");
            load = loads.Find(byName!.Value);
            counts = loads.IssueCounts(byName.Value);
            first = rows.First(byName.Value, 3);
            using var output = new MemoryStream();
            await rows.WriteCsvAsync(byName.Value, output, CancellationToken.None);
            csv = System.Text.Encoding.UTF8.GetString(output.ToArray());
        });

        // Assert
        Assert.NotNull(byName);
        Assert.Equal(("simat", "loaded", 12L, 4L, 8L, 1L), (load!.Kind, load.Status, load.RowsRead, load.RowsLoaded, load.RowsRejected, load.Warnings));
        Assert.Equal(new DateTime(2024, 5, 31), load.CutDate);
        Assert.Equal(9, counts.Count);
        Assert.Equal(("warning", "unknown_status", 1L), (counts[^1].Severity, counts[^1].Reason, counts[^1].Total));
        Assert.Equal([3L, 4L, 5L], first.Select(r => r.RowNumber));
        Assert.Equal(10, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static void WithThrowawayDatabase(Action<DatabaseTarget> test) =>
        WithThrowawayDatabaseAsync(target =>
        {
            test(target);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    /// <summary>Runs <paramref name="test"/> against a migrated database created for it on the given server, then drops it.</summary>
    private static async Task WithThrowawayDatabaseAsync(Func<DatabaseTarget, Task> test)
    {
        var server = new SqlConnectionStringBuilder(SqlServerFactAttribute.ConnectionString!);
        var name = "permanencia_web_" + Guid.NewGuid().ToString("N")[..12];
        using (var master = new SqlConnection(new SqlConnectionStringBuilder(server.ConnectionString) { InitialCatalog = "master" }.ConnectionString))
        {
            master.Open();
            using var create = new SqlCommand($"CREATE DATABASE [{name}]", master);
            create.ExecuteNonQuery();
        }

        try
        {
            var target = DatabaseTarget.FromConnectionString(new SqlConnectionStringBuilder(server.ConnectionString) { InitialCatalog = name }.ConnectionString);
            SchemaMigrator.Migrate(target);
            await test(target);
        }
        finally
        {
            SqlConnection.ClearAllPools();
            using var master = new SqlConnection(new SqlConnectionStringBuilder(server.ConnectionString) { InitialCatalog = "master" }.ConnectionString);
            master.Open();
            using var drop = new SqlCommand($"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]", master);
            drop.ExecuteNonQuery();
        }
    }
}
