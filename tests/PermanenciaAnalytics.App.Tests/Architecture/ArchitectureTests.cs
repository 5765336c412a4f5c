namespace PermanenciaAnalytics.App.Tests.Architecture;

/// <summary>Rules the compiled product keeps (issue 12 §5): namespaces form no cycle, public type names are unique.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void ProductNamespaces_FormNoCycle_WhenReadFromCompiledAssemblies()
    {
        var graph = NamespaceGraph.FromProduct();

        var cycles = graph.DescribeCycles();

        Assert.True(cycles.Count == 0, $"{cycles.Count} ciclo(s) de espacios de nombres:\n{string.Join('\n', cycles)}");
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
