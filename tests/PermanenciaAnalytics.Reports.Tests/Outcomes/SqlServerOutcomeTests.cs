using Dapper;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Outcomes;

/// <summary>The same rules on SQL Server; runs only when PERMANENCIA_TEST_SQLSERVER is set.</summary>
public class SqlServerOutcomeTests
{
    [SqlServerFact]
    public void Recompute_AndQuery_GiveHandComputedRate_OnSqlServer()
    {
        // Arrange: school year 2091 is reserved for this test; 32 students at 100/g6, 5 absent at the final cut.
        const int year = 2091;
        var target = DatabaseTarget.FromConnectionString(SqlServerFactAttribute.ConnectionString!);
        SchemaMigrator.Migrate(target);
        using (var connection = target.Open())
        {
            Cleanup(connection, year);
            var first = connection.ExecuteScalar<int>(
                "INSERT INTO dbo.load_ledger (file_name, sha256, kind, cut_date, school_year, status, started_at) OUTPUT INSERTED.load_id VALUES ('t1.csv', NEWID(), 'simat', '2091-03-31', @year, 'loaded', SYSUTCDATETIME())", new { year });
            var second = connection.ExecuteScalar<int>(
                "INSERT INTO dbo.load_ledger (file_name, sha256, kind, cut_date, school_year, status, started_at) OUTPUT INSERTED.load_id VALUES ('t2.csv', NEWID(), 'simat', '2091-10-31', @year, 'loaded', SYSUTCDATETIME())", new { year });
            const string insert = """
                INSERT INTO dbo.enrollment (load_id, row_number, cut_date, school_year, student_key, institution_dane, grade, status, is_enrolled)
                VALUES (@load, @row, @cut, @year, @student, '100', 6, 'MATRICULADO', 1)
                """;
            for (var i = 0; i < 32; i++)
            {
                connection.Execute(insert, new { load = first, row = i + 1, cut = new DateTime(2091, 3, 31), year, student = $"T{i}" });
                if (i >= 5)
                {
                    connection.Execute(insert, new { load = second, row = i + 1, cut = new DateTime(2091, 10, 31), year, student = $"T{i}" });
                }
            }
        }

        try
        {
            // Act
            var asOfBeforeRecompute = DataAsOf.LastCut(target, year);
            var result = OutcomeRecomputer.Recompute(target, year);
            var row = Assert.Single(new IndicatorEngine(target).Query(new IndicatorRequest(year, IndicatorDimension.InstitutionGrade)));
            var months = new IndicatorEngine(target).Query(new IndicatorRequest(year, IndicatorDimension.MunicipalityMonth));

            // Assert: the 5 absent students drop out in October (month of the final cut), the data stand at 31 October.
            Assert.Equal((32L, 5L), (result.Students, result.Dropouts));
            Assert.Equal(15.63m, row.DropoutRate);
            Assert.Equal(new DateOnly(2091, 10, 31), asOfBeforeRecompute);
            Assert.Equal(new DateOnly(2091, 10, 31), DataAsOf.LastCut(target, year));
            Assert.Equal([0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 5L, 5L, 5L], months.Select(m => m.Dropouts));
        }
        finally
        {
            using var connection = target.Open();
            Cleanup(connection, year);
        }
    }

    private static void Cleanup(System.Data.Common.DbConnection connection, int year)
    {
        connection.Execute("""
            DELETE FROM dbo.student_transfer_out WHERE school_year = @year;
            DELETE FROM dbo.student_year_outcome WHERE school_year = @year;
            DELETE FROM dbo.outcome_recompute WHERE school_year = @year;
            DELETE FROM dbo.enrollment WHERE school_year = @year;
            DELETE FROM dbo.load_ledger WHERE school_year = @year;
            """, new { year });
    }
}
