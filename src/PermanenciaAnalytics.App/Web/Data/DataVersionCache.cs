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
}
