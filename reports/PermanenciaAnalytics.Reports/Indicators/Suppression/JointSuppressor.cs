using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Indicators.Suppression;

/// <summary>
/// Small-cell suppression over every table that is published together (docs/methodology.md §4). Primary: a row with
/// fewer than N enrolled students is reserved. Complementary, on every line of the <see cref="SuppressionLattice"/>
/// whose total is published: a line must not hold exactly one reserved row, and for each count (enrolled, dropouts,
/// transfers) the reserved rows of the line must not add up to zero while the total does not (that would pin each of them
/// at zero), nor hold only dropouts (that would say every reserved student dropped out). A line breaking a rule reserves
/// its smallest visible row that mends it, or its total when no member can; then <see cref="DisclosureAuditor"/> checks
/// the whole system and any count it still recovers reserves one more row of each line through it, until nothing is
/// recovered. Reserved rows keep their keys, carry zero counts and no rate, and are flagged
/// <see cref="IndicatorRow.Suppressed"/>.
/// </summary>
public static class JointSuppressor
{
    public static IndicatorTables Apply(IndicatorTables tables, int minCell)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCell, 1);
        var lattice = SuppressionLattice.Build(tables);
        var hidden = Hidden(lattice, minCell);
        var result = tables;
        foreach (var dimension in IndicatorTables.Dimensions)
        {
            var rows = tables.For(dimension);
            result = result.With(dimension, [.. rows.Select(r => hidden[lattice.IndexOf(dimension, r)] ? Hide(r) : r)]);
        }

        return result;
    }

    /// <summary>Which nodes of <paramref name="lattice"/> are reserved (for tests and the auditor).</summary>
    public static bool[] Hidden(SuppressionLattice lattice, int minCell)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        var ties = Enumerable.Range(0, lattice.Count).GroupBy(lattice.TieGroup, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var hidden = new bool[lattice.Count];
        void HideNode(int node)
        {
            foreach (var tied in ties[lattice.TieGroup(node)])
            {
                hidden[tied] = true;
            }
        }

        for (var i = 0; i < lattice.Count; i++)
        {
            if (lattice.Row(i).Suppressed || lattice.Row(i).Enrolled < minCell)
            {
                HideNode(i);
            }
        }

        while (true)
        {
            while (MendLines(lattice, hidden, HideNode))
            {
            }

            var disclosed = DisclosureAuditor.Audit(lattice, hidden);
            if (disclosed.Count == 0)
            {
                return hidden;
            }

            var progressed = false;
            foreach (var node in disclosed.Select(d => d.Node).Distinct())
            {
                foreach (var line in lattice.Lines.Where(l => l.Total == node || l.Members.Contains(node)))
                {
                    var partner = line.Members.Where(m => !hidden[m]).OrderBy(m => lattice.Value(m, 0)).ThenBy(m => m).FirstOrDefault(-1);
                    if (partner < 0 && !hidden[line.Total])
                    {
                        partner = line.Total;
                    }

                    if (partner >= 0)
                    {
                        HideNode(partner);
                        progressed = true;
                    }
                }
            }

            if (!progressed)
            {
                // Every line through the disclosed rows is fully reserved: nothing more can be hidden (cannot happen with
                // consistent counts, since then no line has a single unknown).
                return hidden;
            }
        }
    }

    /// <summary>One pass of the line rules; true when a row was reserved.</summary>
    private static bool MendLines(SuppressionLattice lattice, bool[] hidden, Action<int> hide)
    {
        var changed = false;
        var implied = Enumerable.Range(0, DisclosureAuditor.Columns).Select(c => DisclosureAuditor.ZeroImplied(lattice, hidden, c)).ToArray();
        foreach (var line in lattice.Lines)
        {
            var visible = line.Members.Where(m => !hidden[m]).ToList();
            var reserved = line.Members.Where(m => hidden[m]).ToList();
            if (hidden[line.Total])
            {
                // A reserved total is the sum of its members: it needs a reserved member beside it.
                if (reserved.Count == 0 && visible.Count > 0)
                {
                    hide(Smallest(lattice, visible));
                    changed = true;
                }

                continue;
            }

            if (reserved.Count == 0)
            {
                continue;
            }

            var needs = Needs(lattice, line.Total, reserved, implied);
            if (!needs.Any)
            {
                continue;
            }

            // Best a member that mends every rule; else one that mends some (the next pass sees the rest); else the total.
            var mending = visible.Where(m => needs.MendedBy(lattice, m)).ToList();
            var helping = visible.Where(m => needs.HelpedBy(lattice, m)).ToList();
            hide(mending.Count > 0 ? Smallest(lattice, mending)
                : helping.Count > 0 ? Smallest(lattice, helping)
                : line.Total);
            changed = true;
        }

        return changed;
    }

    private static int Smallest(SuppressionLattice lattice, List<int> candidates) =>
        candidates.OrderBy(m => lattice.Value(m, 0)).ThenBy(m => m).First();

    private static LineNeeds Needs(SuppressionLattice lattice, int total, List<int> reserved, bool[][] implied)
    {
        long Sum(int column) => reserved.Sum(m => lattice.Value(m, column));
        var zero = new bool[DisclosureAuditor.Columns];
        for (var column = 0; column < DisclosureAuditor.Columns; column++)
        {
            // Zeros a published zero total already states (e.g. an institution with no transfers) need no protection.
            zero[column] = lattice.Value(total, column) > 0 && Sum(column) == 0 && reserved.Any(m => !implied[column][m]);
        }

        // All reserved students dropped out, while not all of the total's did: their rate is pinned at 100 %.
        var allDropped = Sum(0) > 0 && Sum(1) == Sum(0) && lattice.Value(total, 1) < lattice.Value(total, 0);
        return new LineNeeds(reserved.Count == 1, zero, allDropped);
    }

    private static IndicatorRow Hide(IndicatorRow row) => row with { Enrolled = 0, Dropouts = 0, TransfersOut = 0, Suppressed = true };

    private sealed record LineNeeds(bool Lone, bool[] Zero, bool AllDropped)
    {
        public bool Any => Lone || AllDropped || Zero.Any(z => z);

        /// <summary>A visible member mends the line when reserving it fixes every broken rule at once.</summary>
        public bool MendedBy(SuppressionLattice lattice, int member)
        {
            for (var column = 0; column < Zero.Length; column++)
            {
                if (Zero[column] && lattice.Value(member, column) == 0)
                {
                    return false;
                }
            }

            return !AllDropped || lattice.Value(member, 1) < lattice.Value(member, 0);
        }

        /// <summary>Reserving the member mends at least one broken rule (any member mends a lone reserved row).</summary>
        public bool HelpedBy(SuppressionLattice lattice, int member) =>
            Lone
            || (AllDropped && lattice.Value(member, 1) < lattice.Value(member, 0))
            || Enumerable.Range(0, Zero.Length).Any(c => Zero[c] && lattice.Value(member, c) > 0);
    }
}
