namespace PermanenciaAnalytics.App.Jobs;

/// <summary>Inbox file names with an import job queued or running in this process, so a file is queued once.</summary>
public sealed class InboxInFlight
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public bool TryAdd(string fileName)
    {
        lock (_lock)
        {
            return _names.Add(fileName);
        }
    }

    public void Remove(string fileName)
    {
        lock (_lock)
        {
            _names.Remove(fileName);
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _names.Count;
            }
        }
    }
}
