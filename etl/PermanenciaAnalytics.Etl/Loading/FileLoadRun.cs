using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// The transactional part of one file's load: ledger row, streamed rows through the kind's sink, rejects, reject
/// reasons, derived tables, then commit — or rollback when the file turns out to be refused (too many rejects, no
/// data rows) or anything throws (cancellation included).
/// </summary>
internal sealed class FileLoadRun(
    SqlDialect dialect,
    DbConnection connection,
    LoadOptions options,
    string path,
    FileSniff sniff,
    ExtractKind kind,
    DateOnly? cut,
    FileFingerprint fingerprint,
    DateTime started)
{
    private const int ProgressEveryRows = 4096;

    public FileLoadOutcome Execute(IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var file = Path.GetFileName(path);
        var rejectsPath = Path.Combine(options.RejectsFolder, $"{file}.{fingerprint.Sha256[..8]}.rejects.csv");
        var deferIndexes = WillDeferIndexes();
        if (deferIndexes)
        {
            SqliteIndexBuild.BeforeTransaction(connection);
        }
        else if (IsMonthlyCutIntoLiveIndexes())
        {
            SqlitePragmas.Run(connection, null, "LiveIndexPragmas");
        }

        using var transaction = connection.BeginTransaction();
        var loadId = LoadLedger.Insert(dialect, connection, transaction, new LedgerEntry(file, fingerprint.Sha256,
            ExtractLoader.KindName(kind), cut, cut?.Year, "loading", 0, 0, 0, 0, 0, started, null, null, null));
        var deferral = deferIndexes
            ? SqliteIndexDeferral.Begin(connection, transaction, [BulkTables.Enrollment.Name, BulkTables.StudentContact.Name])
            : null;
        // Disposed after the sink and before the transaction: no INSERT can still run when a failed file rolls back.
        using var queue = dialect == SqlDialect.Sqlite && kind == ExtractKind.Simat ? new SqliteWriteQueue() : null;
        using var sink = CreateSink(transaction, loadId, queue);
        var rejects = new RejectLog(rejectsPath, BulkRowWriters.Create(dialect, connection, transaction, BulkTables.RejectedRow, queue), loadId);
        try
        {
            var (rowsRead, rowsLoaded, truncated) = ReadRows(sink, rejects, progress, cancellationToken);
            rejects.Flush();
            var duplicates = rejects.RejectedByReason.GetValueOrDefault(RejectReasons.DuplicateStudentAtCut);
            var refusal = truncated ?? RefusalOf(file, rowsRead, rejects.Rejected);
            if (refusal is not null)
            {
                transaction.Rollback();
                rejects.Dispose();
                return new FileLoadOutcome(sink.CutDate, rowsRead, 0, rejects.Rejected, rejects.RejectedByReason, duplicates,
                    rejects.Warnings, refusal, rejects.WrittenPath, refusal);
            }

            cancellationToken.ThrowIfCancellationRequested();
            sink.Complete(connection, transaction);
            deferral?.Rebuild();
            LoadLedger.InsertReasons(dialect, connection, transaction, loadId, rejects.RejectedByReason);
            var replaced = kind == ExtractKind.Simat && sink.CutDate is { } loadedCut
                ? CutReplacement.Apply(dialect, connection, transaction, loadId, file, loadedCut)
                : [];
            var message = string.Create(CultureInfo.InvariantCulture,
                $"El archivo '{file}' se cargó: {rowsLoaded} filas cargadas, {rejects.Rejected} rechazadas, {rejects.Warnings} advertencias.")
                + (replaced.Count == 0 ? "" : $" Reemplaza la carga anterior del mismo corte ({string.Join(", ", replaced.Select(r => $"'{r}'"))}).");
            LoadLedger.Complete(dialect, connection, transaction, loadId, new LedgerEntry(file, fingerprint.Sha256, ExtractLoader.KindName(kind),
                sink.CutDate, sink.SchoolYear ?? sink.CutDate?.Year, "loaded", rowsRead, rowsLoaded, rejects.Rejected, duplicates, rejects.Warnings,
                started, DateTime.UtcNow, clock.Elapsed.TotalSeconds, message));
            transaction.Commit();
            rejects.Dispose();
            return new FileLoadOutcome(sink.CutDate, rowsRead, rowsLoaded, rejects.Rejected, rejects.RejectedByReason, duplicates,
                rejects.Warnings, message, rejects.WrittenPath, null);
        }
        catch
        {
            // The transaction rolls back on dispose; a partial rejects report would mislead, so it goes too.
            rejects.Discard();
            throw;
        }
    }

    /// <summary>
    /// SQLite, a SIMAT file large next to the table: its indexes are dropped and rebuilt (SqliteIndexDeferral). Decided
    /// before the transaction because the rebuild's temp storage must be set outside one; the estimate is a heuristic, so
    /// a row count that moves meanwhile changes nothing but the speed.
    /// </summary>
    private bool WillDeferIndexes()
    {
        if (dialect != SqlDialect.Sqlite || kind != ExtractKind.Simat)
        {
            return false;
        }

        var existing = SqliteIndexDeferral.EstimateRows(connection, null, BulkTables.Enrollment.Name);
        return SqliteIndexDeferral.IsWorthIt(ExpectedRows, existing);
    }

    /// <summary>Estimated rows (at the 250-byte lower bound: a 75 MB file) under which a load gets the bigger cache; Cúcuta's monthly cut is 46 MB.</summary>
    private const long LargestCutForBigCache = 300_000;

    /// <summary>
    /// SQLite, a SIMAT file that goes into the live indexes: replacing the demo's last cut (105,652 rows into 1 M) took
    /// 6,7–7,2 s with 64 MB of cache and 5,6–6,4 s with 128 MB, peak 195 → 269 MB. Only files up to
    /// <see cref="LargestCutForBigCache"/> estimated rows get it: a larger file holds more in memory itself (its students'
    /// placements, the reader's buffers), and with both it would pass the 300 MB budget.
    /// </summary>
    private bool IsMonthlyCutIntoLiveIndexes() =>
        dialect == SqlDialect.Sqlite && kind == ExtractKind.Simat
        && ExpectedRows <= LargestCutForBigCache;

    /// <summary>The file's rows at most, from its size (SqliteIndexDeferral.SmallestSimatRowBytes a row).</summary>
    private long ExpectedRows => fingerprint.Length / SqliteIndexDeferral.SmallestSimatRowBytes;

    private (long Read, long Loaded, string? Refusal) ReadRows(IExtractRowSink sink, RejectLog rejects, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var warnings = new List<RowIssue>();
        long read = 0;
        long loaded = 0;
        using var reader = ExtractRowReader.Open(path, sniff);
        var headerFields = reader.Map.Headers.Count;
        var lengths = FieldLengthLimits.For(reader.Map);
        int? previousFields = null;
        var lastFields = 0;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            read++;
            warnings.Clear();
            previousFields = read == 1 ? null : lastFields;
            lastFields = reader.FieldCount;
            var rejection = lengths.Check(reader) ?? sink.Process(reader, warnings);
            foreach (var warning in warnings)
            {
                rejects.Add(warning);
            }

            if (rejection is { } issue)
            {
                rejects.Add(issue);
            }
            else
            {
                loaded++;
            }

            if (progress is not null && read % ProgressEveryRows == 0)
            {
                progress.Report(new LoadProgress(Math.Min(reader.ByteOffset, fingerprint.Length), fingerprint.Length, read));
            }
        }

        progress?.Report(new LoadProgress(fingerprint.Length, fingerprint.Length, read));
        var truncated = read > 0 ? TruncationOf(read, lastFields, previousFields, headerFields) : null;
        if (truncated is not null)
        {
            rejects.Add(new RowIssue(read, null, null, RejectReasons.TruncatedLastLine, IssueSeverity.Rejected));
        }

        return (read, loaded, truncated);
    }

    /// <summary>
    /// A file cut off mid-row (an interrupted copy) ends in a partial record: no line break at the end, and fewer fields
    /// than the header and than the record before it. Its other rows look valid, so without this check the incomplete
    /// cut would load as if it were the whole one; it is refused naming the line.
    /// </summary>
    private string? TruncationOf(long rowNumber, int lastFields, int? previousFields, int headerFields)
    {
        if (lastFields >= headerFields || (previousFields is { } before && lastFields >= before)
            || FileTail.EndsWithLineBreak(path, sniff.Encoding))
        {
            return null;
        }

        var file = Path.GetFileName(path);
        var line = FileTail.LastLineNumber(path, sniff.Encoding);
        return string.Create(CultureInfo.InvariantCulture,
            $"El archivo '{file}' fue rechazado: está incompleto; su última línea (línea {line}, fila de datos {rowNumber}) tiene {lastFields} de {headerFields} campos y el archivo no termina en salto de línea, así que se cortó al copiarlo o descargarlo. Vuelva a exportarlo o copiarlo completo.");
    }

    private string? RefusalOf(string file, long rowsRead, long rejected)
    {
        if (rowsRead == 0)
        {
            return $"El archivo '{file}' fue rechazado: solo tiene encabezado, ninguna fila de datos.";
        }

        var percent = 100m * rejected / rowsRead;
        if (percent > options.MaxRejectPercent)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"El archivo '{file}' fue rechazado: {rejected} de {rowsRead} filas ({percent:0.##} %) tienen errores, más del {options.MaxRejectPercent:0.##} % permitido.");
        }

        return null;
    }

    private IExtractRowSink CreateSink(DbTransaction transaction, long loadId, SqliteWriteQueue? queue) => kind switch
    {
        ExtractKind.Simat => new SimatRowSink(dialect, connection, transaction, loadId, cut!.Value, queue),
        ExtractKind.Simpade => new SimpadeRowSink(dialect, connection, transaction, loadId, cut),
        _ => throw new InvalidOperationException($"No loader for {kind}."),
    };
}
