using System.Data.Common;

namespace PermanenciaAnalytics.App.Cli;

/// <summary>One Spanish sentence for a database that cannot be reached or used (instead of a 31-line stack trace).</summary>
internal static class DatabaseFailure
{
    public static string Describe(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var firstLine = exception.Message.Split('\n', 2)[0].Trim();
        return exception.GetType().FullName?.StartsWith("Microsoft.Data.SqlClient", StringComparison.Ordinal) == true
            ? $"No se pudo usar la base de datos SQL Server indicada en --db (revise el servidor, el puerto, el usuario y que el servidor acepte conexiones): {firstLine}"
            : $"No se pudo usar la base de datos SQLite indicada en --db (revise la ruta, los permisos y que ningún otro proceso la tenga bloqueada): {firstLine}";
    }
}
