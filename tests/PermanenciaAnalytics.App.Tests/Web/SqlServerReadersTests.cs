using Microsoft.Data.SqlClient;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>The web readers on SQL Server (runs only when PERMANENCIA_TEST_SQLSERVER is set): same seed, same answers.</summary>
public sealed class SqlServerReadersTests
{
    [SqlServerFact]
    public void Readers_ReturnTheSameHandComputedAnswers_OnSqlServer()
    {
        // Arrange: a throw-away database on the given server.
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
            SeedData.Seed(target);

            // Act
            var own = new EngineIndicatorReader(target).ByInstitutionAndGrade(SeedData.Year, SeedData.OwnDane);
            var withdrawn = new SqlWithdrawnStudentsReader(target).List(SeedData.Year, SeedData.OwnDane);
            var grade7 = new SqlGradeStudentsReader(target).List(SeedData.Year, SeedData.OwnDane, 7);

            // Assert
            Assert.Equal([(6, 2L, 1L, 0L), (7, 2L, 1L, 1L)], own.Select(r => (r.Grade!.Value, r.Enrolled, r.Dropouts, r.TransfersOut)).ToList());
            Assert.Equal(new[] { "S2", "S3" }, withdrawn.Select(s => s.StudentKey).ToArray());
            Assert.Equal("3157654321", withdrawn[0].Phone);
            Assert.Equal(new[] { "CAMBIO DOMICILIO", "ECONOMICAS" }, withdrawn[0].SimpadeReasons.ToArray());
            Assert.Equal(new[] { true, false }, grade7.Select(s => s.IsDropout).ToArray());
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
