using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PermanenciaAnalytics.Etl.Database;

/// <summary>
/// The one reader of the statements a project embeds as <c>Sql/{Dialect}/{Area}/{Name}.sql</c> (Dialect is
/// <c>Sqlite</c> or <c>SqlServer</c>). A statement whose text is the same on both engines lives once under
/// <c>Sql/Shared/{Area}/{Name}.sql</c>; a dialect's own file wins over a shared one of the same name. Numbered
/// migrations (<c>Sql/{Dialect}/0001-….sql</c>, no area folder) are not statements and are not indexed here.
/// Texts are read once per process.
/// </summary>
public sealed partial class SqlScripts
{
    /// <summary>Folder of the statements that serve both dialects unchanged.</summary>
    public const string Shared = "Shared";

    private static readonly ConcurrentDictionary<Assembly, SqlScripts> ByAssembly = new();

    private readonly Assembly assembly;
    private readonly Dictionary<(string Folder, string Area, string Name), string> resources;
    private readonly ConcurrentDictionary<string, string> texts = new(StringComparer.Ordinal);

    private SqlScripts(Assembly assembly)
    {
        this.assembly = assembly;
        resources = new();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = StatementResource().Match(resource);
            if (match.Success)
            {
                resources[(match.Groups["folder"].Value, match.Groups["area"].Value, match.Groups["name"].Value)] = resource;
            }
        }
    }

    /// <summary>The statements embedded in <paramref name="assembly"/>.</summary>
    public static SqlScripts Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return ByAssembly.GetOrAdd(assembly, static a => new SqlScripts(a));
    }

    /// <summary>The text of <paramref name="area"/>/<paramref name="name"/> for <paramref name="dialect"/>.</summary>
    /// <exception cref="InvalidOperationException">Neither the dialect nor the shared folder holds the statement.</exception>
    public string Read(SqlDialect dialect, string area, string name)
    {
        if (!resources.TryGetValue((dialect.ToString(), area, name), out var resource)
            && !resources.TryGetValue((Shared, area, name), out resource))
        {
            throw new InvalidOperationException(
                $"No embedded statement Sql/{dialect}/{area}/{name}.sql (nor Sql/{Shared}/{area}/{name}.sql) in {assembly.GetName().Name}.");
        }

        return texts.GetOrAdd(resource, key =>
        {
            using var stream = assembly.GetManifestResourceStream(key)
                ?? throw new InvalidOperationException($"Embedded statement {key} is missing.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        });
    }

    // Resource names are RootNamespace + path with '/' as '.', so the area and name are the last two segments.
    [GeneratedRegex(@"\.Sql\.(?<folder>Sqlite|SqlServer|Shared)\.(?<area>[A-Za-z0-9_]+)\.(?<name>[A-Za-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex StatementResource();
}
