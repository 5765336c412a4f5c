using System.Diagnostics;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Bench.Web;

/// <summary>
/// What <c>bench web</c> needs from the application and cannot know itself without depending on it: which school year
/// the pages show by default, the recent loads, how accounts are created (hashing, audit), and how to start
/// <c>permanencia serve</c>. The App implements it; Bench stays below App in the dependency order.
/// </summary>
public interface IWebBenchHost
{
    /// <summary>The year the pages resolve when none is asked for (the latest with data).</summary>
    int DefaultYear(DatabaseTarget database);

    /// <summary>The most recent loads, newest first: id and rejected rows.</summary>
    IReadOnlyList<(long LoadId, long RowsRejected)> RecentLoads(DatabaseTarget database, int count);

    /// <summary>Creates <paramref name="name"/> with <paramref name="role"/> and <paramref name="password"/> unless it exists.</summary>
    void EnsureUser(DatabaseTarget database, string name, BenchRole role, string? institutionDane, string password);

    /// <summary>The command that runs the application's CLI (arguments such as <c>serve …</c> are appended by the bench).</summary>
    ProcessStartInfo CliStartInfo();
}
