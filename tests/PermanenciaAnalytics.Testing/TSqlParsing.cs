using System.Reflection;

namespace PermanenciaAnalytics.Testing;

/// <summary>
/// Finds every embedded T-SQL script of an assembly: any resource ending in <c>.sql</c> whose name has a
/// <c>SqlServer</c> segment (migrations <c>Sql/SqlServer/0001-….sql</c>, statements <c>Sql/SqlServer/{Area}/{Name}.sql</c>)
/// or a <c>Shared</c> one (<c>Sql/Shared/{Area}/{Name}.sql</c>, the statements both engines run unchanged).
/// </summary>
public static class TSqlScripts
{
    public static IEnumerable<(string Name, string Text)> Embedded(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.EndsWith(".sql", StringComparison.Ordinal)
                         && (n.Contains(".SqlServer.", StringComparison.Ordinal) || n.Contains(".Sql.Shared.", StringComparison.Ordinal)))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return (name, reader.ReadToEnd());
        }
    }
}
