using System.Reflection;

namespace PermanenciaAnalytics.Testing;

/// <summary>
/// Finds every embedded T-SQL script of an assembly: any resource ending in <c>.sql</c> whose name has a
/// <c>SqlServer</c> segment (migrations under <c>Sql/SqlServer</c>, queries in <c>…/SqlServer/…</c> folders).
/// </summary>
public static class TSqlScripts
{
    public static IEnumerable<(string Name, string Text)> Embedded(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.EndsWith(".sql", StringComparison.Ordinal) && n.Contains(".SqlServer.", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return (name, reader.ReadToEnd());
        }
    }
}
