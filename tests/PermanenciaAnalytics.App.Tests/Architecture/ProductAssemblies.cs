using System.Reflection;

namespace PermanenciaAnalytics.App.Tests.Architecture;

/// <summary>The compiled product assemblies (not tests, not benchmarks' hosts): what the architecture rules read.</summary>
internal static class ProductAssemblies
{
    public const string RootNamespace = "PermanenciaAnalytics";

    public static IReadOnlyList<Assembly> All { get; } =
    [
        typeof(global::PermanenciaAnalytics.Core.Grades.GradeCatalog).Assembly,
        typeof(global::PermanenciaAnalytics.Etl.Database.DatabaseTarget).Assembly,
        typeof(global::PermanenciaAnalytics.Synthetic.SyntheticYearGenerator).Assembly,
        typeof(global::PermanenciaAnalytics.Reports.Outcomes.OutcomeRecomputer).Assembly,
        typeof(global::PermanenciaAnalytics.App.CliApp).Assembly,
    ];

    /// <summary>Every type the compiler emitted, nested and compiler-generated ones included (they carry their owner's dependencies).</summary>
    public static IEnumerable<Type> Types => All.SelectMany(a => a.GetTypes());

    public static bool IsProduct(Type? type) => type?.Namespace?.StartsWith(RootNamespace + ".", StringComparison.Ordinal) == true
        && All.Contains(type.Assembly);
}
