namespace PermanenciaAnalytics.App.Tests.Architecture;

/// <summary>
/// Which product namespace uses which, with one example per edge, and its cycles: the strongly connected components
/// of more than one namespace (Tarjan), each with a path that closes it.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, string>> _edges = new(StringComparer.Ordinal);

    public static NamespaceGraph FromProduct()
    {
        var graph = new NamespaceGraph();
        foreach (var type in ProductAssemblies.Types.Where(ProductAssemblies.IsProduct))
        {
            foreach (var (used, where) in TypeDependencies.Of(type))
            {
                if (ProductAssemblies.IsProduct(used) && used.Namespace != type.Namespace)
                {
                    graph.Add(type.Namespace!, used.Namespace!, $"{Owner(type).Name}.{where} usa {Owner(used).Name}");
                }
            }
        }

        return graph;
    }

    public IReadOnlyCollection<string> Namespaces => _edges.Keys;

    public void Add(string from, string to, string example)
    {
        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        }

        targets.TryAdd(to, example);
        _edges.TryAdd(to, new SortedDictionary<string, string>(StringComparer.Ordinal));
    }

    public bool Uses(string from, string to) => _edges.TryGetValue(from, out var targets) && targets.ContainsKey(to);

    /// <summary>One line per cycle: the namespaces of the component and, for each step of one closing path, why.</summary>
    public IReadOnlyList<string> DescribeCycles() =>
        [.. Components().Where(c => c.Count > 1).Select(Describe)];

    private string Describe(IReadOnlyList<string> component)
    {
        var members = component.ToHashSet(StringComparer.Ordinal);
        var start = component.Min(StringComparer.Ordinal)!;
        var path = ShortestPathBack(start, members);
        var steps = path.Zip(path.Skip(1), (from, to) => $"{Short(from)} -> {Short(to)} ({_edges[from][to]})");
        var line = $"[{string.Join(", ", component.Order(StringComparer.Ordinal).Select(Short))}]: {string.Join("; ", steps)}";
        if (component.Count <= 2)
        {
            return line;
        }

        // A longer component has more than one loop: every edge inside it, so each one to cut is named.
        var inside = component.Order(StringComparer.Ordinal)
            .SelectMany(from => _edges[from].Where(e => members.Contains(e.Key)).Select(e => $"{Short(from)} -> {Short(e.Key)} ({e.Value})"));
        return $"{line}\n  aristas: {string.Join("\n           ", inside)}";
    }

    /// <summary>Breadth-first from <paramref name="start"/> inside the component until an edge leads back to it.</summary>
    private List<string> ShortestPathBack(string start, HashSet<string> members)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in _edges[node].Keys.Where(members.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { node };
                    while (previous.TryGetValue(path[^1], out var back))
                    {
                        path.Add(back);
                    }

                    path.Reverse();
                    path.Add(start);
                    return path;
                }

                if (next != start && previous.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [start];
    }

    private List<List<string>> Components()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in _edges[node].Keys)
            {
                if (!index.TryGetValue(next, out var nextIndex))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], nextIndex);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                result.Add(component);
            }
        }

        foreach (var node in _edges.Keys.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return result;
    }

    private static Type Owner(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static string Short(string ns) => ns.StartsWith(ProductAssemblies.RootNamespace + ".", StringComparison.Ordinal)
        ? ns[(ProductAssemblies.RootNamespace.Length + 1)..]
        : ns;
}
