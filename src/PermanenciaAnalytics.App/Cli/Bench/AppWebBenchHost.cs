using System.Diagnostics;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Bench.Web;
using PermanenciaAnalytics.Core.Security;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Cli.Bench;

/// <summary>
/// The application's side of <c>bench web</c>: the pages' own school-year rule and load ledger, accounts made through
/// <see cref="AccountService"/> (hashing and audit as in production), and this CLI as the server to start.
/// </summary>
internal sealed class AppWebBenchHost : IWebBenchHost
{
    public int DefaultYear(DatabaseTarget database) => new SchoolYears(database, TimeProvider.System).Resolve(null);

    public IReadOnlyList<(long LoadId, long RowsRejected)> RecentLoads(DatabaseTarget database, int count) =>
        [.. new LoadLedgerReader(database).Recent(count).Select(l => (l.LoadId, l.RowsRejected))];

    public void EnsureUser(DatabaseTarget database, string name, BenchRole role, string? institutionDane, string password)
    {
        if (new UserStore(database).Exists(name))
        {
            return;
        }

        var userRole = role switch
        {
            BenchRole.Secretaria => UserRole.Secretaria,
            BenchRole.Cobertura => UserRole.Cobertura,
            BenchRole.Rector => UserRole.Rector,
            BenchRole.Admin => UserRole.Admin,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "El benchmark no crea cuentas anónimas."),
        };
        AccountService.For(database, TimeProvider.System).AddUser(name, userRole, institutionDane, password, AccountActor.Cli());
    }

    /// <summary>The apphost next to this assembly when there is one (installed CLI, test output), else <c>dotnet permanencia.dll</c>.</summary>
    public ProcessStartInfo CliStartInfo()
    {
        var assembly = typeof(AppWebBenchHost).Assembly.Location;
        var apphost = Path.Combine(Path.GetDirectoryName(assembly)!, OperatingSystem.IsWindows() ? "permanencia.exe" : "permanencia");
        if (File.Exists(apphost))
        {
            return new ProcessStartInfo(apphost);
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        start.ArgumentList.Add(assembly);
        return start;
    }
}
