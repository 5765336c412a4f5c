namespace PermanenciaAnalytics.App.Web.Configuration;

/// <summary>Settings of the web layer, bound from the <c>Permanencia</c> configuration section.</summary>
public sealed class PermanenciaWebOptions
{
    public const string Section = "Permanencia";

    /// <summary>Folder the uploads page saves files into; the host's Hangfire import job watches it.</summary>
    public string InboxFolder { get; set; } = Path.Combine("data", "inbox");

    /// <summary>Folder where <c>publish</c> and the monthly job write their versions (<c>YYYY-MM/</c>).</summary>
    public string PublishFolder { get; set; } = Path.Combine("data", "publicaciones");

    /// <summary>Base64 HMAC key (≥ 32 bytes) for API tokens; empty means a random key per process.</summary>
    public string? TokenKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Groups with fewer enrolled students are hidden from every viewer but cobertura (docs/methodology.md §4).</summary>
    public int SmallCellThreshold { get; set; } = Reports.Indicators.Suppression.SmallCellSuppressor.DefaultMinCell;

    /// <summary>Sign-in requests (form and API token) one client address may make per minute (429 beyond).</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Attempts one client address gets at one account name before that pair is locked.</summary>
    public int SignInMaxAttempts { get; set; } = 5;

    /// <summary>How long a (name, address) lock lasts, and how long a quiet count is remembered.</summary>
    public TimeSpan SignInLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Reverse proxies (IP addresses or CIDR networks) whose <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> are
    /// believed, besides loopback. A header from any other client is ignored, so no one can pick their own address.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Largest upload accepted, in bytes (a Cúcuta SIMAT cut is about 40 MB).</summary>
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>
    /// Diagnostics for <c>bench web</c>: every response carries <c>X-Sql-Statements</c> and <c>X-Sql-Connections</c>,
    /// counted by the database engine for that request. Off in production (configuration
    /// <c>Permanencia:SqlStatementHeaders</c>, environment <c>Permanencia__SqlStatementHeaders=true</c>).
    /// </summary>
    public bool SqlStatementHeaders { get; set; }
}
