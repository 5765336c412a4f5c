namespace PermanenciaAnalytics.Reports.Indicators.Suppression;

/// <summary>
/// Tries to recover every hidden count from the published ones, the way a reader with a spreadsheet would: in any line,
/// a single unknown is its total minus the rest; several unknown members whose known total leaves nothing for them are
/// all zero (counts are never negative). Repeated until nothing new is learnt, so a value recovered in one line is used
/// in every other. A count is <em>disclosed</em> when it is recovered, except when a published total of zero implies it:
/// that zero says the same of every member of a group of at least N students, reserved or not (docs/methodology.md §4).
/// </summary>
public static class DisclosureAuditor
{
    public const int Columns = 3;

    public static IReadOnlyList<Disclosure> Audit(SuppressionLattice lattice, IReadOnlyList<bool> hidden)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        ArgumentNullException.ThrowIfNull(hidden);
        var disclosed = new List<Disclosure>();
        for (var column = 0; column < Columns; column++)
        {
            disclosed.AddRange(AuditColumn(lattice, hidden, column));
        }

        return disclosed;
    }

    /// <summary>
    /// Nodes whose count in <paramref name="column"/> a published zero already implies: a published total of zero and,
    /// down every line from it, its members (they belong to the same group of students).
    /// </summary>
    public static bool[] ZeroImplied(SuppressionLattice lattice, IReadOnlyList<bool> hidden, int column)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        ArgumentNullException.ThrowIfNull(hidden);
        var implied = new bool[lattice.Count];
        var queue = new Queue<int>();
        for (var i = 0; i < lattice.Count; i++)
        {
            if (!hidden[i] && lattice.Value(i, column) == 0)
            {
                implied[i] = true;
                queue.Enqueue(i);
            }
        }

        var byTotal = lattice.Lines.ToLookup(l => l.Total);
        while (queue.Count > 0)
        {
            foreach (var member in byTotal[queue.Dequeue()].SelectMany(l => l.Members).Where(m => !implied[m]))
            {
                implied[member] = true;
                queue.Enqueue(member);
            }
        }

        return implied;
    }

    private static List<Disclosure> AuditColumn(SuppressionLattice lattice, IReadOnlyList<bool> hidden, int column)
    {
        // What published zeros imply is known first, and is no disclosure (whatever line would also pin it).
        var known = ZeroImplied(lattice, hidden, column);
        for (var i = 0; i < known.Length; i++)
        {
            known[i] |= !hidden[i];
        }

        var disclosed = new List<Disclosure>();
        void Learn(int node, bool exempt)
        {
            known[node] = true;
            if (!exempt)
            {
                disclosed.Add(new Disclosure(node, column, lattice.Value(node, column)));
            }
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var line in lattice.Lines)
            {
                var unknownMembers = line.Members.Where(m => !known[m]).ToList();
                var totalKnown = known[line.Total];
                var unknowns = unknownMembers.Count + (totalKnown ? 0 : 1);
                if (unknowns == 0)
                {
                    continue;
                }

                // A published zero total: its members are zero for everybody to see, reserved or not.
                var zeroTotal = !hidden[line.Total] && lattice.Value(line.Total, column) == 0;
                if (unknowns == 1)
                {
                    Learn(totalKnown ? unknownMembers[0] : line.Total, zeroTotal);
                    changed = true;
                    continue;
                }

                if (totalKnown && lattice.Value(line.Total, column) - line.Members.Where(m => known[m]).Sum(m => lattice.Value(m, column)) == 0)
                {
                    foreach (var member in unknownMembers)
                    {
                        Learn(member, zeroTotal);
                    }

                    changed = true;
                }
            }
        }
        while (changed);

        return disclosed;
    }
}
