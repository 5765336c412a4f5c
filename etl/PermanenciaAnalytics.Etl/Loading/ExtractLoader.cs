using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// Loads SIMAT and SIMPADE extracts (docs/design.md §4) into a migrated schema (the caller's edge migrates: CLI or host
/// start-up): one transaction per file, so a file loads entirely or not at all;
/// the same file (same SHA-256) again is <see cref="LoadStatus.SkippedDuplicate"/>; a file that is empty, not text,
/// not a recognisable extract, without a SIMAT cut date, or with more rejected rows than
/// <see cref="LoadOptions.MaxRejectPercent"/> is <see cref="LoadStatus.Refused"/> whole, leaving data tables untouched
/// (only a <c>refused</c> ledger row is written). Refusals are returned, never thrown; cancellation and database
/// failures roll the file back and propagate.
/// </summary>
public sealed class ExtractLoader
{
    /// <summary>Widest header accepted: SIMPADE has 150 columns, SIMAT 43–54.</summary>
    public const int MaxColumns = 1000;

    private readonly DatabaseTarget _target;
    private readonly LoadOptions _options;

    public ExtractLoader(DatabaseTarget target, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        _target = target;
        _options = options;
    }

    public LoadSummary Load(string path, ExtractKind requestedKind, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var clock = Stopwatch.StartNew();
        var started = DateTime.UtcNow;
        var file = Path.GetFileName(path);
        var kind = requestedKind == ExtractKind.Auto ? ExtractKind.Unknown : requestedKind;
        if (!File.Exists(path))
        {
            return Refused(file, kind, null, "", clock, $"El archivo '{file}' no existe.");
        }

        var fingerprint = FileFingerprint.Compute(path, cancellationToken);
        using var connection = _target.Open();
        PrepareForBulkLoad(connection);
        var refusal = new Refusal(_target.Dialect, connection, file, fingerprint.Sha256, started, clock);
        if (fingerprint.Length == 0)
        {
            return refusal.Refuse(kind, null, $"El archivo '{file}' fue rechazado: está vacío.");
        }

        // UTF-16 text is full of NUL bytes: it is read (transcoded), not called binary.
        var sniff = FileSniff.Read(path);
        if (!sniff.IsUtf16 && fingerprint.HasNulBytes)
        {
            return refusal.Refuse(kind, null, $"El archivo '{file}' fue rechazado: {BinaryFiles.Describe(path)}.");
        }

        if (!sniff.IsUtf16)
        {
            sniff = sniff with { Encoding = fingerprint.Encoding };
        }

        if (sniff.IsEmpty)
        {
            return refusal.Refuse(kind, null, $"El archivo '{file}' fue rechazado: está vacío.");
        }

        try
        {
            return LoadText(path, file, kind, requestedKind, sniff, fingerprint, refusal, started, progress, cancellationToken);
        }
        catch (CsvFormatException)
        {
            // A record past ExtractRowReader.MaxRecordBytes: an unclosed quote or a hostile field, never a real row.
            return refusal.Refuse(kind, null, string.Create(CultureInfo.InvariantCulture,
                $"El archivo '{file}' fue rechazado: tiene un registro de más de {ExtractRowReader.MaxRecordBytes / (1024 * 1024)} MB (¿comillas sin cerrar?) o un formato CSV ilegible; no es un extracto válido."));
        }
    }

    private LoadSummary LoadText(string path, string file, ExtractKind kind, ExtractKind requestedKind, FileSniff sniff, FileFingerprint fingerprint,
        Refusal refusal, DateTime started, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = refusal.Clock;
        var connection = refusal.Connection;
        HeaderMap map;
        using (var header = ExtractRowReader.Open(path, sniff))
        {
            map = header.Map;
        }

        if (map.Headers.Count > MaxColumns)
        {
            return refusal.Refuse(kind, null, string.Create(CultureInfo.InvariantCulture,
                $"El archivo '{file}' fue rechazado: su encabezado tiene {map.Headers.Count} columnas y un extracto SIMAT o SIMPADE tiene a lo sumo {MaxColumns}."));
        }

        var detected = ExtractSchema.Classify(map);
        if (requestedKind == ExtractKind.Auto)
        {
            kind = detected;
        }

        if (kind is ExtractKind.Plan)
        {
            return refusal.Refuse(kind, null, $"El archivo '{file}' fue rechazado: los planes se cargan con 'load plan'.");
        }

        if (WrongKind(file, kind, detected) is { } wrongKind)
        {
            return refusal.Refuse(kind, null, wrongKind);
        }

        var checkedKind = kind == ExtractKind.Unknown ? ExtractKind.Simat : kind;
        var missing = ExtractSchema.MissingColumns(map, checkedKind);
        if (missing.Count > 0 || kind == ExtractKind.Unknown)
        {
            var what = checkedKind == ExtractKind.Simpade ? "SIMPADE" : "SIMAT";
            var detail = missing.Count > 0 ? $"faltan las columnas requeridas de {what}: {string.Join(", ", missing)}" : "el encabezado no corresponde a SIMAT ni a SIMPADE";
            return refusal.Refuse(kind, null, $"El archivo '{file}' fue rechazado: no es un extracto {what} reconocible ({detail}).");
        }

        // After kind detection so the skipped summary says what the file is.
        var previous = LoadLedger.FindLoaded(_target.Dialect, connection, fingerprint.Sha256);
        if (previous is not null)
        {
            return refusal.Skipped(kind, previous.Value);
        }

        DateOnly? cut = _options.Cut;
        if (kind == ExtractKind.Simat)
        {
            cut = CutDateResolver.Resolve(_options.Cut, path, sniff);
            if (cut is null)
            {
                return refusal.Refuse(kind, null,
                    $"El archivo '{file}' fue rechazado: no tiene fecha de corte (use --cut AAAA-MM-DD, una columna FECHA_CORTE o una fecha en el nombre del archivo).");
            }
        }

        var run = new FileLoadRun(_target.Dialect, connection, _options, path, sniff, kind, cut, fingerprint, started);
        var outcome = run.Execute(progress, cancellationToken);
        if (outcome.RefusalMessage is not null)
        {
            return refusal.Refuse(kind, outcome.Cut, outcome.RefusalMessage, outcome);
        }

        return new LoadSummary(file, kind, outcome.Cut, fingerprint.Sha256, LoadStatus.Loaded, outcome.RowsRead, outcome.RowsLoaded,
            outcome.RowsRejected, outcome.RejectedByReason, outcome.Duplicates, outcome.Warnings, clock.Elapsed.TotalSeconds,
            outcome.Message, outcome.RejectsPath);
    }

    /// <summary>
    /// A SIMAT file given to <c>load simpade</c> would store its enrolled students as dropouts, and a SIMPADE file given
    /// to <c>load simat</c> its dropouts as enrolled: the header says which it is, so the other kind is refused.
    /// </summary>
    private static string? WrongKind(string file, ExtractKind requested, ExtractKind detected) => (requested, detected) switch
    {
        (ExtractKind.Simpade, ExtractKind.Simat) =>
            $"El archivo '{file}' fue rechazado: es un extracto SIMAT (tiene ESTADO y ninguna columna SPD_* de SIMPADE); cárguelo con 'load simat'.",
        (ExtractKind.Simat, ExtractKind.Simpade) =>
            $"El archivo '{file}' fue rechazado: es un extracto SIMPADE (tiene columnas SPD_*); cárguelo con 'load simpade'.",
        _ => null,
    };

    /// <summary>
    /// SQLite: a bigger page cache for this connection. One file is one transaction, and with the default 2 MB cache
    /// SQLite spills the dirty index pages to the WAL again and again (measured: a third of the load time in
    /// system calls); 64 MB keeps them in memory until commit, well inside the 300 MB budget.
    /// Each multi-row INSERT inside the file's transaction also keeps a statement journal (so a failing statement can be
    /// undone alone); in a temp file that cost 2 writes per page touched — 97 % of the system calls of a load — so it
    /// lives in memory (<c>temp_store = MEMORY</c>), where it is discarded after every statement. A load that rebuilds
    /// its indexes moves temp storage back to files for their sort (<see cref="SqliteIndexBuild"/>).
    /// </summary>
    private void PrepareForBulkLoad(DbConnection connection)
    {
        if (_target.Dialect != SqlDialect.Sqlite)
        {
            return;
        }

        ApplyLoadPragmas(connection);
    }

    /// <summary>SQLite: the load's page cache and in-memory temp store (see <see cref="PrepareForBulkLoad"/>).</summary>
    internal static void ApplyLoadPragmas(DbConnection connection) => SqlitePragmas.Run(connection, null, "LoadPragmas");

    private static LoadSummary Refused(string file, ExtractKind kind, DateOnly? cut, string sha, Stopwatch clock, string message) =>
        new(file, kind, cut, sha, LoadStatus.Refused, 0, 0, 0, new Dictionary<string, long>(), 0, 0, clock.Elapsed.TotalSeconds, message, null);

    /// <summary>Writes the ledger row of a refused or skipped file and builds its summary.</summary>
    private sealed class Refusal(SqlDialect dialect, DbConnection connection, string file, string sha, DateTime started, Stopwatch clock)
    {
        public Stopwatch Clock => clock;

        public DbConnection Connection => connection;

        public LoadSummary Refuse(ExtractKind kind, DateOnly? cut, string message, FileLoadOutcome? outcome = null)
        {
            var counts = outcome ?? FileLoadOutcome.Empty;
            Record(kind, cut, "refused", counts, message);
            return new LoadSummary(file, kind, cut, sha, LoadStatus.Refused, counts.RowsRead, 0, counts.RowsRejected,
                counts.RejectedByReason, counts.Duplicates, counts.Warnings, clock.Elapsed.TotalSeconds, message, counts.RejectsPath);
        }

        public LoadSummary Skipped(ExtractKind kind, long previousLoad)
        {
            var message = $"El archivo '{file}' ya fue cargado (carga {previousLoad}); no se cargó de nuevo.";
            Record(kind, null, "skipped_duplicate", FileLoadOutcome.Empty, message);
            return new LoadSummary(file, kind, null, sha, LoadStatus.SkippedDuplicate, 0, 0, 0, new Dictionary<string, long>(), 0, 0,
                clock.Elapsed.TotalSeconds, message, null);
        }

        private void Record(ExtractKind kind, DateOnly? cut, string status, FileLoadOutcome counts, string message)
        {
            var seconds = clock.Elapsed.TotalSeconds;
            var loadId = LoadLedger.Insert(dialect, connection, null, new LedgerEntry(file, sha, KindName(kind), cut, cut?.Year, status,
                counts.RowsRead, 0, counts.RowsRejected, counts.Duplicates, counts.Warnings, started, DateTime.UtcNow, seconds, message));
            // The rows of a refused file are rolled back, but why it was refused is ledger metadata the uploads page
            // shows: the counts by reason survive (never values, only reason codes and counts).
            if (counts.RejectedByReason.Count > 0)
            {
                LoadLedger.InsertReasons(dialect, connection, null, loadId, counts.RejectedByReason);
            }
        }
    }

    internal static string KindName(ExtractKind kind) => kind switch
    {
        ExtractKind.Simat => "simat",
        ExtractKind.Simpade => "simpade",
        ExtractKind.Plan => "plan",
        _ => "unknown",
    };
}
