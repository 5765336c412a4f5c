
namespace PermanenciaAnalytics.Testing;

/// <summary>
/// A fact that runs only when <c>PERMANENCIA_TEST_SQLSERVER</c> holds a SQL Server connection string;
/// otherwise it reports as skipped (SQL Server cannot run on the CI machines).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "PERMANENCIA_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"{EnvironmentVariable} is not set; SQL Server integration tests skipped.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable);
}
