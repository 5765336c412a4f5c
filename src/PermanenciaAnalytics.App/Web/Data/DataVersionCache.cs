using System.Collections.Concurrent;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// Values that only change with the data (the engine's aggregates, plans, reasons), shared by every request and
/// dropped as a whole when the <see cref="DataVersion"/> moves on. Without it, every page view recomputed the same
/// aggregates (50 clients on the institution page got about 14 requests/s in total).
/// </summary>
public sealed class DataVersionCache
{
    // Keys are (year, dimension, institution)-like tuples: a few thousand at 10× Cúcuta; past this bound a pathological
    // key mix (many years) starts over rather than growing without limit.
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<object, Lazy<object>> entries = new();
    private readonly Lock gate = new();
    private long version = -1;

    /// <summary>The value cached for <paramref name="key"/> at <paramref name="dataVersion"/>, computed once when missing.</summary>
    public T GetOrAdd<T>(long dataVersion, object key, Func<T> factory)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(factory);
        if (Volatile.Read(ref version) != dataVersion)
        {
            lock (gate)
            {
                if (version < dataVersion)
                {
                    entries.Clear();
                    version = dataVersion;
                }
                else if (version > dataVersion)
                {
                    // A request that read an older version than the cache holds: answer it without caching.
                    return factory();
                }
            }
        }

        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        // Keyed with its version too: a request that passed the check just before another moved the version on must not
        // leave its older value where the newer version's requests would read it.
        // Lazy: fifty concurrent first views compute an aggregate once, not fifty times.
        var versioned = (dataVersion, key);
        var entry = entries.GetOrAdd(versioned, _ => new Lazy<object>(() => factory(), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return (T)entry.Value;
        }
        catch
        {
            entries.TryRemove(new KeyValuePair<object, Lazy<object>>(versioned, entry));
            throw;
        }
    }

    /// <summary>
    /// The value cached for <paramref name="key"/> at <paramref name="dataVersion"/> and <paramref name="stamp"/> (a
    /// finer version, such as <see cref="CaseStamp"/>, that moves without the data version). One value per key: a new
    /// stamp replaces the old value instead of adding an entry, so a day of recorded contacts does not pile up one copy
    /// of each list per contact.
    /// </summary>
    public T GetOrAddStamped<T>(long dataVersion, object key, object stamp, Func<T> factory)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentNullException.ThrowIfNull(factory);
        return GetOrAdd(dataVersion, ("stamped", key), () => new StampedSlot()).Get(stamp, factory);
    }

    // The latest value of one key and the stamp it was read at. The factory runs under the slot's lock: concurrent first
    // views of one key compute it once. A value is always read after its stamp, so it is never older than its stamp.
    private sealed class StampedSlot
    {
        private readonly Lock gate = new();
        private object? stamp;
        private object? value;

        public T Get<T>(object current, Func<T> factory)
            where T : class
        {
            lock (gate)
            {
                if (value is T cached && Equals(stamp, current))
                {
                    return cached;
                }

                var fresh = factory();
                (stamp, value) = (current, fresh);
                return fresh;
            }
        }
    }
}
