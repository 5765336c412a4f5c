using System.Globalization;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Indicators.Suppression;

/// <summary>
/// A random municipality for the suppression tests: institutions with sedes, grades of the dropout universe (many small,
/// many with no dropouts or transfers, as in real data), dropouts and transfers dated by month, optionally split by sex.
/// The tables are summed here by hand, not by the engine, and <see cref="Attack"/> names the published totals itself.
/// </summary>
internal sealed class SyntheticYear
{
    public const int Year = 2025;

    private static readonly int[] Universe = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 99];

    private SyntheticYear(List<Cell> cells, bool split)
    {
        Cells = cells;
        Split = split;
    }

    public List<Cell> Cells { get; }

    public bool Split { get; }

    /// <summary>One finest group: students of a sede, grade and sex; each dropout and transfer has its month.</summary>
    internal sealed record Cell(string Institution, string Sede, int Grade, string Sex, long Enrolled, int[] DropoutMonths, int[] TransferMonths);

#pragma warning disable CA5394 // Seeded test data, not security.
    public static SyntheticYear Random(int seed)
    {
        var random = new Random(seed);
        var split = random.NextDouble() < 0.3;
        var cells = new List<Cell>();
        foreach (var i in Enumerable.Range(1, random.Next(1, 7)))
        {
            var institution = $"15400100{i:0000}";
            var sedes = Enumerable.Range(1, random.Next(1, 4)).Select(s => institution + s.ToString(CultureInfo.InvariantCulture)).ToList();
            foreach (var grade in Universe.Where(_ => random.NextDouble() < 0.75))
            {
                foreach (var sex in split ? new[] { "F", "M" } : ["T"])
                {
                    var sede = sedes[random.Next(sedes.Count)];
                    var enrolled = random.NextDouble() < 0.25 ? random.Next(0, 7) : random.Next(5, 80);
                    var dropouts = random.NextDouble() < 0.4 ? 0 : random.Next(0, (int)Math.Min(enrolled, 6) + 1);
                    var transfers = random.NextDouble() < 0.4 ? 0 : random.Next(0, 5);
                    cells.Add(new Cell(institution, sede, grade, sex, enrolled,
                        [.. Enumerable.Range(0, dropouts).Select(_ => random.Next(2, 12))],
                        [.. Enumerable.Range(0, transfers).Select(_ => random.Next(2, 12))]));
                }
            }
        }

        return new SyntheticYear(cells, split);
    }
#pragma warning restore CA5394

    /// <summary>Cells of known counts (one sex, one sede, all dropouts in one month), for hand-made cases.</summary>
    public static SyntheticYear Of(params (string Institution, int Grade, long Enrolled, int Dropouts, int Transfers)[] rows) =>
        new([.. rows.Select(r => new Cell(r.Institution, r.Institution + "1", r.Grade, "T", r.Enrolled, [.. Enumerable.Repeat(5, r.Dropouts)], [.. Enumerable.Repeat(5, r.Transfers)]))], split: false);

    public IndicatorTables Tables()
    {
        var splits = Split ? new string?[] { null, "F", "M" } : [null];
        List<IndicatorRow> Table(Func<Cell, (string? Institution, string? Sede, int? Grade, string? Level)> key) =>
        [
            .. splits.SelectMany(split => Cells.Where(c => split is null || c.Sex == split)
                .GroupBy(key)
                .OrderBy(g => g.Key.Institution, StringComparer.Ordinal).ThenBy(g => g.Key.Sede, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Grade).ThenBy(g => g.Key.Level, StringComparer.Ordinal)
                .Select(g => Row(g, split) with { InstitutionDane = g.Key.Institution, SedeDane = g.Key.Sede, Grade = g.Key.Grade, Level = g.Key.Level })),
        ];
        List<IndicatorRow> Months(bool perInstitution) =>
        [
            .. splits.SelectMany(split => Cells.Where(c => split is null || c.Sex == split)
                .GroupBy(c => perInstitution ? c.Institution : null)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => Enumerable.Range(1, 12).Select(m => new IndicatorRow
                {
                    Year = Year, InstitutionDane = g.Key, Month = m, Split = split, Enrolled = g.Sum(c => c.Enrolled),
                    Dropouts = g.Sum(c => c.DropoutMonths.Count(x => x <= m)), TransfersOut = g.Sum(c => c.TransferMonths.Count(x => x <= m)),
                }))),
        ];

        return new IndicatorTables
        {
            ByGrade = Table(c => (c.Institution, null, c.Grade, null)),
            BySede = Table(c => (c.Institution, c.Sede, null, null)),
            ByInstitution = Table(c => (c.Institution, null, null, null)),
            ByLevel = Table(c => (null, null, null, EducationLevelNames.Key(GradeCatalog.LevelOf(c.Grade)))),
            Municipality = Table(_ => (null, null, null, null)),
            ByMonth = Months(perInstitution: true),
            MunicipalityMonth = Months(perInstitution: false),
        };
    }

    private static IndicatorRow Row(IEnumerable<Cell> cells, string? split) => new()
    {
        Year = Year, Split = split,
        Enrolled = cells.Sum(c => c.Enrolled), Dropouts = cells.Sum(c => c.DropoutMonths.Length), TransfersOut = cells.Sum(c => c.TransferMonths.Length),
    };

    /// <summary>
    /// Registers every published row of <paramref name="shown"/> (reserved or not) with the solver, with their true counts
    /// from <paramref name="exact"/>, and every line a reader can add up: grades and sedes to their institution,
    /// institutions and levels to the municipality, a level's grades of all institutions to the level, institution months
    /// to the municipal month, a month row's enrolment and December values to its institution, sexes to their total.
    /// </summary>
    public static ReservedCellSolver Attack(IndicatorTables exact, IndicatorTables shown)
    {
        var solver = new ReservedCellSolver();
        foreach (var dimension in IndicatorTables.Dimensions)
        {
            foreach (var (row, published) in exact.For(dimension).Zip(shown.For(dimension)))
            {
                solver.Cell(Id(row), row.Enrolled, row.Dropouts, row.TransfersOut, published.Suppressed);
            }
        }

        var all = IndicatorTables.Dimensions.SelectMany(exact.For).ToList();
        foreach (var split in all.Select(r => r.Split).Distinct())
        {
            var rows = all.Where(r => r.Split == split).ToList();
            foreach (var institution in rows.Select(r => r.InstitutionDane).OfType<string>().Distinct())
            {
                var total = $"I|{institution}|{split}";
                solver.Line(total, rows.Where(r => r.InstitutionDane == institution && r.Grade is not null).Select(Id));
                solver.Line(total, rows.Where(r => r.InstitutionDane == institution && r.SedeDane is not null).Select(Id));
                // The December row repeats the institution's totals (all months fall within the year).
                solver.Line(total, [$"IM|{institution}|12|{split}"]);
            }

            solver.Line($"M|{split}", rows.Where(r => r.Month is null && r.Grade is null && r.SedeDane is null && r.Level is null && r.InstitutionDane is not null).Select(Id));
            solver.Line($"M|{split}", rows.Where(r => r.Level is not null).Select(Id));
            solver.Line($"M|{split}", [$"MM|12|{split}"]);
            foreach (var level in rows.Where(r => r.Level is not null).Select(r => r.Level!))
            {
                solver.Line($"L|{level}|{split}", rows.Where(r => r.Grade is { } g && EducationLevelNames.Key(GradeCatalog.LevelOf(g)) == level).Select(Id));
            }

            foreach (var month in Enumerable.Range(1, 12))
            {
                solver.Line($"MM|{month}|{split}", rows.Where(r => r.Month == month && r.InstitutionDane is not null).Select(Id));
            }
        }

        foreach (var row in all.Where(r => r.Split is not null))
        {
            var total = Id(row with { Split = null });
            solver.Line(total, all.Where(r => r.Split is not null && Id(r with { Split = null }) == total).Select(Id));
        }

        return solver;
    }

    public static string Id(IndicatorRow row) => row switch
    {
        { Month: { } m, InstitutionDane: { } i } => $"IM|{i}|{m}|{row.Split}",
        { Month: { } m } => $"MM|{m}|{row.Split}",
        { Grade: { } g } => $"G|{row.InstitutionDane}|{g}|{row.Split}",
        { SedeDane: { } s } => $"S|{row.InstitutionDane}|{s}|{row.Split}",
        { Level: { } l } => $"L|{l}|{row.Split}",
        { InstitutionDane: { } i } => $"I|{i}|{row.Split}",
        _ => $"M|{row.Split}",
    };
}
