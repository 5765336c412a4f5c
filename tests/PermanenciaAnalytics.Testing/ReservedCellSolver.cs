namespace PermanenciaAnalytics.Testing;

/// <summary>
/// The attacker of the suppression tests, written apart from the product's auditor: it knows every published count and
/// every published total (lines "total = Σ members", named by the test, not by the product), and recovers a reserved
/// count when a line leaves it alone, or when the line's known total leaves zero for its unknown members (counts are never
/// negative). It iterates until nothing new is learnt. A zero learnt from a <em>published</em> zero total is not counted:
/// that total already says it of every member (docs/methodology.md §4), so those zeros are learnt first.
/// </summary>
public sealed class ReservedCellSolver
{
    private readonly Dictionary<string, long?[]> published = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long[]> truth = new(StringComparer.Ordinal);
    private readonly List<(string Total, string[] Members)> lines = [];

    /// <summary>A published row: its true counts, and whether they were printed (null values = reserved).</summary>
    public void Cell(string id, long enrolled, long dropouts, long transfers, bool reserved)
    {
        truth[id] = [enrolled, dropouts, transfers];
        published[id] = reserved ? [null, null, null] : [enrolled, dropouts, transfers];
    }

    public bool Has(string id) => published.ContainsKey(id);

    public void Line(string total, IEnumerable<string> members)
    {
        var list = members.Where(Has).ToArray();
        if (Has(total) && list.Length > 0)
        {
            lines.Add((total, list));
        }
    }

    /// <summary>Every reserved count the published numbers pin down, as "id:column=value".</summary>
    public List<string> Recover()
    {
        var recovered = new List<string>();
        for (var column = 0; column < 3; column++)
        {
            var known = published.ToDictionary(p => p.Key, p => p.Value[column], StringComparer.Ordinal);
            // First what published zeros say by themselves: every member of a zero total, down the lines, is zero.
            var zeros = new Queue<string>(known.Where(k => k.Value == 0).Select(k => k.Key));
            while (zeros.Count > 0)
            {
                var zero = zeros.Dequeue();
                foreach (var member in lines.Where(l => l.Total == zero).SelectMany(l => l.Members).Where(m => known[m] is null))
                {
                    known[member] = 0;
                    Assert.Equal(0L, truth[member][column]);
                    zeros.Enqueue(member);
                }
            }

            var progress = true;
            while (progress)
            {
                progress = false;
                foreach (var (total, members) in lines)
                {
                    var unknown = members.Where(m => known[m] is null).ToList();
                    if (known[total] is null)
                    {
                        if (unknown.Count == 0)
                        {
                            known[total] = members.Sum(m => known[m]!.Value);
                            recovered.Add($"{total}:{column}={known[total]}");
                            progress = true;
                        }

                        continue;
                    }

                    if (unknown.Count == 0)
                    {
                        continue;
                    }

                    var rest = known[total]!.Value - members.Where(m => known[m] is not null).Sum(m => known[m]!.Value);
                    if (unknown.Count == 1 || rest == 0)
                    {
                        var fromPublishedZero = published[total][column] == 0;
                        foreach (var member in unknown)
                        {
                            known[member] = unknown.Count == 1 ? rest : 0;
                            Assert.Equal(truth[member][column], known[member]); // the solver's algebra is right
                            if (!fromPublishedZero)
                            {
                                recovered.Add($"{member}:{column}={known[member]}");
                            }
                        }

                        progress = true;
                    }
                }
            }
        }

        return recovered;
    }
}
