using System.Globalization;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Indicators.Suppression;

/// <summary>
/// The rows of an <see cref="IndicatorTables"/> as one system of additive lines (docs/methodology.md §4): grades and
/// sedes sum to their institution, institutions and levels to the municipality, the grades of a level across
/// institutions to the municipal level, institution month rows to the municipal month row, and split rows to the unsplit
/// row. A total that no table holds is added as a <em>virtual</em> node (it is published by another query), so a table
/// suppressed alone is still protected against it. Month rows share their institution's (or the municipality's) fate:
/// they repeat its enrolment and their last value is its total, so they are hidden together (<see cref="TieGroup"/>).
/// </summary>
public sealed class SuppressionLattice
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<Node> nodes = [];
    private readonly List<DisclosureLine> lines = [];

    private SuppressionLattice()
    {
    }

    public IReadOnlyList<DisclosureLine> Lines => lines;

    public int Count => nodes.Count;

    public IndicatorRow Row(int node) => nodes[node].Row;

    public bool IsVirtual(int node) => nodes[node].Virtual;

    /// <summary>Nodes hidden together: a month series with its institution (or municipality) row.</summary>
    public string TieGroup(int node) => nodes[node].Tie;

    /// <summary>Counts of a node: column 0 enrolled, 1 dropouts, 2 transfers out.</summary>
    public long Value(int node, int column) => column switch
    {
        0 => nodes[node].Row.Enrolled,
        1 => nodes[node].Row.Dropouts,
        2 => nodes[node].Row.TransfersOut,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>Index of a table row in the lattice (the table's own rows come first, in table order).</summary>
    public int IndexOf(IndicatorDimension dimension, IndicatorRow row) => index[Key(KindOf(dimension), row)];

    public static SuppressionLattice Build(IndicatorTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var lattice = new SuppressionLattice();
        foreach (var dimension in IndicatorTables.Dimensions)
        {
            foreach (var row in tables.For(dimension))
            {
                lattice.Add(KindOf(dimension), row, isVirtual: false);
            }
        }

        var real = lattice.nodes.Count;
        // Split lines first, so the unsplit nodes exist (real or virtual) before the per-split lines use them.
        foreach (var group in Enumerable.Range(0, real).Where(i => lattice.nodes[i].Row.Split is not null)
                     .GroupBy(i => Key(lattice.nodes[i].Kind, lattice.nodes[i].Row with { Split = null }), StringComparer.Ordinal).ToList())
        {
            var first = lattice.nodes[group.First()];
            lattice.AddLine(first.Kind, first.Row with { Split = null }, [.. group]);
        }

        foreach (var split in lattice.nodes.Select(n => n.Row.Split).Distinct().ToList())
        {
            lattice.AddSplitLines(split);
        }

        return lattice;
    }

    private void AddSplitLines(string? split)
    {
        var members = Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Row.Split == split).ToList();
        int year = members.Count > 0 ? nodes[members[0]].Row.Year : 0;
        List<int> Of(Kind kind) => [.. members.Where(i => nodes[i].Kind == kind)];
        var grades = Of(Kind.Grade);
        var sedes = Of(Kind.Sede);
        var institutions = Of(Kind.Institution);
        var levels = Of(Kind.Level);
        var months = Of(Kind.InstitutionMonth);
        foreach (var g in grades.GroupBy(i => nodes[i].Row.InstitutionDane, StringComparer.Ordinal).ToList())
        {
            AddLine(Kind.Institution, Template(year, split) with { InstitutionDane = g.Key }, [.. g]);
        }

        foreach (var g in sedes.GroupBy(i => nodes[i].Row.InstitutionDane, StringComparer.Ordinal).ToList())
        {
            AddLine(Kind.Institution, Template(year, split) with { InstitutionDane = g.Key }, [.. g]);
        }

        foreach (var g in grades.Where(i => nodes[i].Row.Grade is not null)
                     .GroupBy(i => EducationLevelNames.Key(GradeCatalog.LevelOf(nodes[i].Row.Grade!.Value)), StringComparer.Ordinal).ToList())
        {
            AddLine(Kind.Level, Template(year, split) with { Level = g.Key }, [.. g]);
        }

        // Institutions (real or virtual, added just above) and levels both sum to the municipality.
        institutions = [.. Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Kind == Kind.Institution && nodes[i].Row.Split == split)];
        levels = [.. Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Kind == Kind.Level && nodes[i].Row.Split == split)];
        if (institutions.Count > 0)
        {
            AddLine(Kind.Municipality, Template(year, split), institutions);
        }

        if (levels.Count > 0)
        {
            AddLine(Kind.Municipality, Template(year, split), levels);
        }

        foreach (var g in months.GroupBy(i => nodes[i].Row.Month).ToList())
        {
            AddLine(Kind.MunicipalityMonth, Template(year, split) with { Month = g.Key }, [.. g]);
        }
    }

    private static IndicatorRow Template(int year, string? split) => new() { Year = year, Split = split, Enrolled = 0, Dropouts = 0, TransfersOut = 0 };

    /// <summary>Adds "total = Σ members", creating the total as a virtual node (sum of the members) when no table holds it.</summary>
    private void AddLine(Kind kind, IndicatorRow totalKey, List<int> members)
    {
        if (members.Count == 0)
        {
            return;
        }

        var key = Key(kind, totalKey);
        if (!index.TryGetValue(key, out var total))
        {
            total = Add(kind, totalKey with
            {
                Enrolled = members.Sum(m => nodes[m].Row.Enrolled),
                Dropouts = members.Sum(m => nodes[m].Row.Dropouts),
                TransfersOut = members.Sum(m => nodes[m].Row.TransfersOut),
            }, isVirtual: true);
        }

        lines.Add(new DisclosureLine(total, members));
    }

    private int Add(Kind kind, IndicatorRow row, bool isVirtual)
    {
        var key = Key(kind, row);
        if (index.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var tie = kind switch
        {
            Kind.Institution or Kind.InstitutionMonth => $"i\u001F{row.InstitutionDane}\u001F{row.Split}",
            Kind.Municipality or Kind.MunicipalityMonth => $"m\u001F{row.Split}",
            _ => key,
        };
        nodes.Add(new Node(kind, row, isVirtual, tie));
        index[key] = nodes.Count - 1;
        return nodes.Count - 1;
    }

    private static string Key(Kind kind, IndicatorRow row) => string.Join('\u001F',
        kind.ToString(), row.InstitutionDane, row.SedeDane, row.Grade?.ToString(CultureInfo.InvariantCulture), row.Level,
        row.Month?.ToString(CultureInfo.InvariantCulture), row.Split);

    private static Kind KindOf(IndicatorDimension dimension) => dimension switch
    {
        IndicatorDimension.InstitutionGrade => Kind.Grade,
        IndicatorDimension.Institution => Kind.Institution,
        IndicatorDimension.Sede => Kind.Sede,
        IndicatorDimension.Level => Kind.Level,
        IndicatorDimension.Municipality => Kind.Municipality,
        IndicatorDimension.Month => Kind.InstitutionMonth,
        IndicatorDimension.MunicipalityMonth => Kind.MunicipalityMonth,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown indicator dimension."),
    };

    private enum Kind
    {
        Grade,
        Institution,
        Sede,
        Level,
        Municipality,
        InstitutionMonth,
        MunicipalityMonth,
    }

    private sealed record Node(Kind Kind, IndicatorRow Row, bool Virtual, string Tie);
}
