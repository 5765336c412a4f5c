namespace PermanenciaAnalytics.App.Cli.Demo;

/// <summary>Keeps a generator's progress lines in order, to print them once it is done (generators run side by side).</summary>
internal sealed class LineCollector : IProgress<string>
{
    private readonly List<string> _lines = [];
    private readonly Lock _lock = new();

    public void Report(string value)
    {
        lock (_lock)
        {
            _lines.Add(value);
        }
    }

    public void WriteTo(TextWriter output)
    {
        lock (_lock)
        {
            foreach (var line in _lines)
            {
                output.WriteLine($"  {line}");
            }
        }
    }
}
