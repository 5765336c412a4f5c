namespace PermanenciaAnalytics.Etl.Database;

/// <summary>The two storage engines: SQLite embedded by default, SQL Server in production.</summary>
public enum SqlDialect
{
    Sqlite,
    SqlServer,
}
