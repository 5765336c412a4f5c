using System.Diagnostics;
using System.Globalization;
using PermanenciaAnalytics.Core.Grades;

namespace PermanenciaAnalytics.Synthetic;

/// <summary>
/// Makes a realistic, deterministic synthetic school year of Cúcuta's official sector: one 54-column SIMAT plain
/// export per monthly cut (<c>simat_YYYY-MM-DD.csv</c>, <c>;</c>, UTF-8 with BOM) and a SIMPADE desertores file.
/// Rows are streamed to disk; only the compact student population is held in memory.
/// All people are fake (documents start with 99, phones use the 555 block).
/// </summary>
public sealed class SyntheticYearGenerator
{
    private readonly SyntheticYearOptions _options;

    public SyntheticYearGenerator(SyntheticYearOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    public SyntheticYearFiles WriteTo(string folder, IProgress<string>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(folder);
        var population = SyntheticPopulation.Create(_options);
        var timeline = new StudentTimeline(_options.Year, _options.Cuts);
        var simat = new SimatRowWriter(_options.Seed, _options.Year, population.Institutions);
        var cuts = new List<SyntheticCutFile>(_options.Cuts);
        var rows = new PlacementRow[2];
        for (var k = 0; k < _options.Cuts; k++)
        {
            if (_options.WrittenCuts is { } written && !written.Contains(k) && k != _options.Cuts - 1)
            {
                continue;
            }

            var cut = timeline.CutDates[k];
            var path = Path.Combine(folder, $"simat_{cut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
            var encoding = _options.Windows1252Cuts.Contains(k) ? DelimitedRowWriter.Windows1252 : DelimitedRowWriter.Utf8Bom;
            using (var writer = new DelimitedRowWriter(path, encoding))
            {
                writer.Header(SimatPlainColumns.All);
                foreach (ref readonly var student in population.Students.AsSpan())
                {
                    var count = timeline.RowsAt(student, k, rows);
                    for (var r = 0; r < count; r++)
                    {
                        simat.Write(writer, student, rows[r], writer.Rows + 1);
                    }
                }

                cuts.Add(new SyntheticCutFile(cut, path, writer.Rows));
            }

            progress?.Report($"{Path.GetFileName(path)}: {cuts[^1].Rows:N0} filas");
        }

        string? simpadePath = null;
        long simpadeRows = 0;
        if (_options.WriteSimpade)
        {
            simpadePath = Path.Combine(folder, $"simpade_desertores_{timeline.CutDates[^1].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
            simpadeRows = WriteSimpade(simpadePath, population, timeline);
            progress?.Report($"{Path.GetFileName(simpadePath)}: {simpadeRows:N0} filas");
        }

        var institutions = population.Institutions.Select(i => new SyntheticInstitution(i.Dane, i.Name, i.Sedes.Count)).ToList();
        return new SyntheticYearFiles(folder, cuts, simpadePath, simpadeRows, institutions, ComputeTruth(population), clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// A single 54-column SIMAT extract of <paramref name="rows"/> rows (one per student, MATRICULADO or RETIRADO),
    /// for load benchmarks. Returns the rows written.
    /// </summary>
    public static long WriteFlatSimat(string path, long rows, ulong seed = 1, int year = 2025)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rows, int.MaxValue);
        var options = new SyntheticYearOptions
        {
            Year = year,
            Seed = seed,
            Students = (int)rows,
            Institutions = (int)Math.Clamp(rows / 1800, 1, 900),
        };
        var population = SyntheticPopulation.Create(options);
        var timeline = new StudentTimeline(year, options.Cuts);
        var simat = new SimatRowWriter(seed, year, population.Institutions);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var writer = new DelimitedRowWriter(path, DelimitedRowWriter.Utf8Bom);
        writer.Header(SimatPlainColumns.All);
        foreach (ref readonly var student in population.Students.AsSpan())
        {
            simat.Write(writer, student, timeline.FlatRow(student), writer.Rows + 1);
        }

        return writer.Rows;
    }

    private long WriteSimpade(string path, SyntheticPopulation population, StudentTimeline timeline)
    {
        var writer = new SimpadeRowWriter(_options.Seed, _options.Year, _options.SimpadeIdentityColumns, population.Institutions);
        var stamp = new DateTime(_options.Year, 12, 5, 8, 0, 49, DateTimeKind.Unspecified);
        using var output = new DelimitedRowWriter(path, DelimitedRowWriter.Utf8Bom);
        output.Header(_options.SimpadeIdentityColumns ? SimpadeColumns.WithIdentity : SimpadeColumns.All);
        foreach (ref readonly var student in population.Students.AsSpan())
        {
            if (student.Has(StudentFlags.InSimpade))
            {
                writer.Write(output, student, timeline.DropoutMonth(student), output.Rows, stamp);
            }
        }

        return output.Rows;
    }

    private static SyntheticTruth ComputeTruth(SyntheticPopulation population)
    {
        var enrolled = new Dictionary<string, int>(StringComparer.Ordinal);
        var dropouts = new Dictionary<string, int>(StringComparer.Ordinal);
        int migrants = 0, extraEdad = 0, transfers = 0, reenrolments = 0;
        foreach (ref readonly var s in population.Students.AsSpan())
        {
            migrants += s.Has(StudentFlags.Migrant) ? 1 : 0;
            extraEdad += s.Has(StudentFlags.ExtraEdad) && s.Grade is >= 0 and <= 11 ? 1 : 0;
            transfers += s.TransferCut != SyntheticStudent.None ? 1 : 0;
            reenrolments += s.GapStart != SyntheticStudent.None && !s.IsDropout ? 1 : 0;
            if (!GradeCatalog.IsInDropoutUniverse(s.Grade))
            {
                continue;
            }

            var level = GradeCatalog.LevelOf(s.Grade).ToString();
            enrolled[level] = enrolled.GetValueOrDefault(level) + 1;
            if (s.IsDropout)
            {
                dropouts[level] = dropouts.GetValueOrDefault(level) + 1;
            }
        }

        return new SyntheticTruth(population.Students.Length, migrants, extraEdad, transfers, reenrolments, enrolled, dropouts);
    }

    /// <summary>The file name the generator gives a cut, e.g. <c>simat_2025-02-28.csv</c>.</summary>
    public static string SimatFileName(DateOnly cut) => $"simat_{cut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
}
