namespace PermanenciaAnalytics.Synthetic;

/// <summary>
/// SplitMix64: a tiny, fast generator whose sequence depends only on the seed, so the same seed writes the same
/// bytes on every machine and runtime (System.Random's seeded algorithm is an implementation detail).
/// Not for anything secret: it only makes fake extracts.
/// </summary>
internal struct SyntheticRandom
{
    private ulong _state;

    public SyntheticRandom(ulong seed) => _state = seed;

    /// <summary>A generator for one (seed, entity, purpose) triple, independent of the order things are drawn in.</summary>
    public static SyntheticRandom For(ulong seed, long entity, int purpose) =>
        new(Mix(seed ^ Mix((ulong)entity * 0x9E3779B97F4A7C15UL + (ulong)purpose)));

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform integer in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextULong() % (ulong)maxExclusive);

    /// <summary>Uniform integer in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Index drawn with the given (not necessarily normalised) weights.</summary>
    public int PickWeighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
        }

        var x = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
