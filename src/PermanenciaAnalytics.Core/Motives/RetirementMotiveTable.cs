namespace PermanenciaAnalytics.Core.Motives;

/// <summary>
/// A version of the retirement-motive table (docs/design.md §5 rule 5b). Patterns are tried in order on the motive's
/// normalised text; the first one it contains gives the class; no match (or a blank motive) is <see cref="MotiveClass.Desercion"/>.
/// </summary>
public sealed class RetirementMotiveTable
{
    public RetirementMotiveTable(int version, IEnumerable<MotivePattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        Version = version;
        Patterns = patterns.Select(p => p with { Pattern = MotiveText.Normalize(p.Pattern) })
            .Where(p => p.Pattern.Length > 0)
            .ToList();
    }

    public int Version { get; }

    public IReadOnlyList<MotivePattern> Patterns { get; }

    /// <summary>
    /// The default table of rule 5b (version 1, the same rows migration 0420 seeds). A move abroad comes first, so
    /// "TRASLADO AL EXTERIOR" is a deserción: the student left the Colombian system.
    /// </summary>
    public static RetirementMotiveTable Default { get; } = new(1,
    [
        new("CAMBIO DE PAIS", MotiveClass.Desercion),
        new("EXTERIOR", MotiveClass.Desercion),
        new("TRASLAD", MotiveClass.Traslado),
        new("CAMBIO DE DOMICILIO", MotiveClass.Traslado),
        new("CAMBIO DE RESIDENCIA", MotiveClass.Traslado),
        new("OTRO MUNICIPIO", MotiveClass.Traslado),
        new("OTRA CIUDAD", MotiveClass.Traslado),
        new("OTRO DEPARTAMENTO", MotiveClass.Traslado),
        new("SECTOR PRIVADO", MotiveClass.Traslado),
        new("COLEGIO PRIVADO", MotiveClass.Traslado),
        new("FALLEC", MotiveClass.Fallecimiento),
        new("MUERTE", MotiveClass.Fallecimiento),
    ]);

    public MotiveClass Classify(string? motive)
    {
        var text = MotiveText.Normalize(motive);
        if (text.Length == 0)
        {
            return MotiveClass.Desercion;
        }

        foreach (var pattern in Patterns)
        {
            if (text.Contains(pattern.Pattern, StringComparison.Ordinal))
            {
                return pattern.Class;
            }
        }

        return MotiveClass.Desercion;
    }

    /// <summary>A new version with <paramref name="pattern"/> set to <paramref name="motiveClass"/> (replacing its line, else at <paramref name="position"/> or the end).</summary>
    public RetirementMotiveTable With(string pattern, MotiveClass motiveClass, int? position = null)
    {
        var key = MotiveText.Normalize(pattern);
        if (key.Length == 0)
        {
            throw new ArgumentException("The pattern is blank.", nameof(pattern));
        }

        var lines = Patterns.ToList();
        var existing = lines.FindIndex(p => p.Pattern == key);
        if (existing >= 0 && position is null)
        {
            lines[existing] = new MotivePattern(key, motiveClass);
        }
        else
        {
            if (existing >= 0)
            {
                lines.RemoveAt(existing);
            }

            var at = position is { } p ? Math.Clamp(p - 1, 0, lines.Count) : lines.Count;
            lines.Insert(at, new MotivePattern(key, motiveClass));
        }

        return new RetirementMotiveTable(Version + 1, lines);
    }

    /// <summary>A new version without <paramref name="pattern"/>; null when the table has no such line.</summary>
    public RetirementMotiveTable? Without(string pattern)
    {
        var key = MotiveText.Normalize(pattern);
        var lines = Patterns.Where(p => p.Pattern != key).ToList();
        return lines.Count == Patterns.Count ? null : new RetirementMotiveTable(Version + 1, lines);
    }
}
