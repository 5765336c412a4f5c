namespace PermanenciaAnalytics.App.Tests.Architecture;

/// <summary>Rules the compiled product keeps (issue 12 §5): namespaces form no cycle, public type names are unique.</summary>
public sealed class ArchitectureTests
{
    // A ratchet that reached zero: any cycle fails. Kept as a list so a deliberate, reviewed exception has one place
    // to go; a listed cycle that disappears fails too, so the list only shrinks.
    private static readonly string[] KnownCycles = [];

    [Fact]
    public void ProductNamespaces_FormNoNewCycle_WhenReadFromCompiledAssemblies()
    {
        // Arrange
        var graph = NamespaceGraph.FromProduct();

        // Act
        var cycles = graph.DescribeCycles();
        var found = cycles.Select(c => c[..(c.IndexOf(']', StringComparison.Ordinal) + 1)]).ToList();

        // Assert
        var unexpected = cycles.Where((c, i) => !KnownCycles.Contains(found[i], StringComparer.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} ciclo(s) nuevo(s) de espacios de nombres:\n{string.Join('\n', unexpected)}");
        var gone = KnownCycles.Except(found, StringComparer.Ordinal).ToList();
        Assert.True(gone.Count == 0, $"Ciclos ya resueltos o cambiados; quítelos de KnownCycles:\n{string.Join('\n', gone)}");
    }

    [Fact]
    public void NamespaceGraph_ReportsCycleWithItsEdges_WhenNamespacesUseEachOtherInALoop()
    {
        var graph = new NamespaceGraph();
        graph.Add("PermanenciaAnalytics.A", "PermanenciaAnalytics.B", "A.X usa Y");
        graph.Add("PermanenciaAnalytics.B", "PermanenciaAnalytics.C", "B.Y usa Z");
        graph.Add("PermanenciaAnalytics.C", "PermanenciaAnalytics.A", "C.Z usa X");
        graph.Add("PermanenciaAnalytics.C", "PermanenciaAnalytics.D", "C.Z usa W");

        var cycles = graph.DescribeCycles();

        var cycle = Assert.Single(cycles).Split('\n');
        Assert.Equal("[A, B, C]: A -> B (A.X usa Y); B -> C (B.Y usa Z); C -> A (C.Z usa X)", cycle[0]);
        Assert.Equal(4, cycle.Length); // the loop, then its three edges; C -> D leaves the cycle and is not named
        Assert.DoesNotContain(cycle, line => line.Contains("-> D", StringComparison.Ordinal));
    }

    [Fact]
    public void NamespaceGraph_SeesDependencies_ThroughMethodBodies()
    {
        var graph = NamespaceGraph.FromProduct();

        // The CLI calls the Reports engine only inside command actions (lambdas): the IL, not a signature, holds that use.
        Assert.True(graph.Uses("PermanenciaAnalytics.App.Cli.Commands", "PermanenciaAnalytics.Reports.Outcomes"));
        Assert.True(graph.Uses("PermanenciaAnalytics.Etl.Loading", "PermanenciaAnalytics.Etl.Database"));
    }

    [Fact]
    public void PublicTypes_HaveDistinctNames_AcrossProductAssemblies()
    {
        var duplicates = ProductAssemblies.Types
            // _Imports is the class Razor emits for each project's _Imports.razor; no code names it.
            .Where(t => t.IsVisible && ProductAssemblies.IsProduct(t) && t.Name != "_Imports")
            .GroupBy(t => t.Name.Split('`')[0], StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(duplicates.Count == 0, $"Tipos públicos con el mismo nombre:\n{string.Join('\n', duplicates)}");
    }
}
