namespace PermanenciaAnalytics.Testing;

/// <summary>Files under <c>tests/data</c>, copied beside each test assembly.</summary>
public static class TestData
{
    public static string PathOf(string relativePath) =>
        Path.Combine(AppContext.BaseDirectory, "data", relativePath);
}
