using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Cli.Demo;

/// <summary>
/// The demo's closing lines: where the site is (or will be), the demo accounts with their passwords, what each role
/// should look at, and the exact <c>serve</c> command that opens this demo's database again.
/// </summary>
internal static class DemoGuide
{
    private const string ProjectFile = "src/PermanenciaAnalytics.App/PermanenciaAnalytics.App.csproj";

    public static void Print(TextWriter output, DemoSettings settings, DemoShowcaseResult showcase, string url, bool serving)
    {
        output.WriteLine();
        output.WriteLine(serving ? $"Aplicación web en marcha: {url}" : $"Aplicación web: {url} (después de correr el comando de abajo)");
        output.WriteLine("Cuentas de la demo (contraseñas SOLO PARA ESTA DEMO; no las use en una base real):");
        foreach (var account in showcase.Accounts)
        {
            var scope = account.InstitutionDane is null ? "" : $" de {account.InstitutionDane}";
            output.WriteLine($"  {RoleNames.Spanish(account.Role) + scope,-34} usuario {account.Name,-16} contraseña {account.Password}{(account.Created ? "" : "  (ya existía)")}");
        }

        output.WriteLine("Qué mirar:");
        foreach (var account in showcase.Accounts)
        {
            output.WriteLine($"  {account.Name,-16} {WhatToLookAt(account)}");
        }

        if (!serving)
        {
            output.WriteLine("Para abrir la aplicación web sobre esta demo:");
            output.WriteLine($"  {ServeCommand(settings, url)}");
        }
    }

    /// <summary>The <c>serve</c> command for this demo: paths relative to the current folder when they are inside it.</summary>
    public static string ServeCommand(DemoSettings settings, string url)
    {
        var program = File.Exists(ProjectFile) ? "dotnet run --project src/PermanenciaAnalytics.App -c Release --" : "permanencia";
        var database = settings.Database.Dialect == Etl.Database.SqlDialect.Sqlite
            ? $"Data Source={Shown(DataSourceOf(settings.Database.ConnectionString), quote: false)}"
            : settings.Database.ConnectionString;
        return $"{program} serve --db \"{database}\" --inbox {Shown(Path.Combine(settings.OutputFolder, "inbox"))} " +
            $"--publish-dir {Shown(Path.Combine(settings.OutputFolder, "publicaciones"))} --urls {url}";
    }

    private static string WhatToLookAt(DemoAccount account) => account.Role switch
    {
        UserRole.Secretaria => "tablero municipal: tasas por nivel y mes, ranking con el estado del plan, planes faltantes y tardíos, búsqueda activa en conteos",
        UserRole.Cobertura => "cargas (SIMAT, SIMPADE, planes), usuarios, publicaciones y los listados de búsqueda activa de cualquier institución",
        UserRole.Rector => $"su institución ({account.InstitutionDane}): grados frente a las metas del plan, seguimiento mensual, búsqueda activa",
        _ => "auditoría y el panel de trabajos /hangfire",
    };

    private static string DataSourceOf(string connectionString)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return builder.TryGetValue("Data Source", out var value) ? value?.ToString() ?? "" : connectionString;
    }

    private static string Shown(string path, bool quote = true)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return quote && shown.Contains(' ', StringComparison.Ordinal) ? $"\"{shown}\"" : shown;
    }
}
