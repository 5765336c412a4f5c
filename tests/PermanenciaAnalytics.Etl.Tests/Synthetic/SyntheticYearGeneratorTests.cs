using System.Globalization;
using System.Text;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.Etl.Tests.Synthetic;

public sealed class SyntheticYearGeneratorTests(SyntheticYearFixture year) : IClassFixture<SyntheticYearFixture>
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void WriteTo_WritesIdenticalBytes_WhenSeedIsTheSame()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        using var c = new TempFolder();
        var options = new SyntheticYearOptions { Students = 3000, Institutions = 8, Seed = 42 };

        var first = new SyntheticYearGenerator(options).WriteTo(a.Path);
        var second = new SyntheticYearGenerator(options).WriteTo(b.Path);
        var other = new SyntheticYearGenerator(options with { Seed = 43 }).WriteTo(c.Path);

        var firstFiles = first.SimatCuts.Select(f => f.Path).Append(first.SimpadeFile!).ToList();
        var secondFiles = second.SimatCuts.Select(f => f.Path).Append(second.SimpadeFile!).ToList();
        Assert.Equal(11, firstFiles.Count);
        for (var i = 0; i < firstFiles.Count; i++)
        {
            Assert.Equal(Path.GetFileName(firstFiles[i]), Path.GetFileName(secondFiles[i]));
            Assert.Equal(File.ReadAllBytes(firstFiles[i]), File.ReadAllBytes(secondFiles[i]));
        }

        Assert.NotEqual(File.ReadAllBytes(first.SimatCuts[0].Path), File.ReadAllBytes(other.SimatCuts[0].Path));
    }

    [Fact]
    public void WriteTo_WritesTenMonthEndCutsWithTheExact54ColumnHeader_WhenDefaultsAreUsed()
    {
        var cuts = year.Files.SimatCuts;

        Assert.Equal(Enumerable.Range(2, 10), cuts.Select(c => c.Cut.Month));
        Assert.All(cuts, c => Assert.Equal(DateTime.DaysInMonth(2025, c.Cut.Month), c.Cut.Day));
        Assert.Equal("simat_2025-02-28.csv", Path.GetFileName(cuts[0].Path));
        var bytes = File.ReadAllBytes(cuts[0].Path);
        Assert.Equal(Bom, bytes[..3]);
        using var reader = new StreamReader(cuts[0].Path, Encoding.UTF8);
        var header = reader.ReadLine()!;
        Assert.Equal(54, header.Split(';').Length);
        Assert.StartsWith("ANO;ETC;ESTADO;JERARQUIA;INSTITUCION;DANE;", header, StringComparison.Ordinal);
        Assert.Contains(";SISBEN IV;PER_ID;", header, StringComparison.Ordinal);
        Assert.Contains(";TIPO DE SANGRE;MATRICULACONTRATADA;", header, StringComparison.Ordinal);
        Assert.EndsWith(";CATEGORIA_AULA;CONTADOR", header, StringComparison.Ordinal);
        Assert.Equal(string.Join(';', SimatPlainColumns.All), header);
        var rows = 0L;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            Assert.Equal(54, line.Split(';').Length);
            rows++;
        }

        Assert.Equal(cuts[0].Rows, rows);
    }

    [Fact]
    public void WriteTo_WritesRealisticCodes_WhenReadBack()
    {
        using var reader = new StreamReader(year.Files.SimatCuts[^1].Path, Encoding.UTF8);
        var header = reader.ReadLine()!.Split(';');
        var index = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i);
        var sample = Enumerable.Range(0, 2000).Select(_ => reader.ReadLine()!.Split(';')).ToList();

        Assert.All(sample, f => Assert.Matches("^154001[0-9]{6}$|^254001[0-9]{6}$", f[index["DANE"]]));
        Assert.All(sample, f => Assert.Matches("^[0-9]{14}$", f[index["CONSECUTIVO"]]));
        Assert.All(sample, f => Assert.StartsWith(f[index["DANE"]], f[index["CONSECUTIVO"]], StringComparison.Ordinal));
        Assert.All(sample, f => Assert.True(GradeCatalog.TryParse(f[index["GRADO_COD"]], out _), f[index["GRADO_COD"]]));
        Assert.Contains(sample, f => f[index["GRADO_COD"]] == "06");
        Assert.All(sample, f => Assert.Matches("^[0-9]{2}/[0-9]{2}/[0-9]{4}$", f[index["FECHA_NACIMIENTO"]]));
        Assert.All(sample, f => Assert.Matches("^2025-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$", f[index["FECHAINI"]]));
        Assert.Contains(sample, f => f[index["ESTADO"]] == "RETIRADO" && f[index["FECHAFIN"]].Length == 19);
        Assert.All(sample, f => Assert.StartsWith("300555", f[index["TELEFONO"]], StringComparison.Ordinal));
        Assert.Contains(sample, f => f[index["INSTITUCION"]].StartsWith("INSTITUCIÓN EDUCATIVA ", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteTo_GivesDropoutRatesNearThe2022Levels_WhenFilesAreReadBackWithTheMethodology()
    {
        var outcomes = SimatCutReference.Derive(year.Files.SimatCuts).Values.Where(o => GradeCatalog.IsInDropoutUniverse(o.Grade)).ToList();
        var truth = year.Files.Truth;

        var dropouts = outcomes.Count(o => o.Dropout);
        Assert.Equal(truth.UniverseEnrolled, outcomes.Count);
        Assert.Equal(truth.UniverseDropouts, dropouts);
        var rate = 100.0 * dropouts / outcomes.Count;
        Assert.InRange(rate, 4.69 - 0.6, 4.69 + 0.6);
        var byLevel = outcomes.GroupBy(o => GradeCatalog.LevelOf(o.Grade))
            .ToDictionary(g => g.Key, g => 100.0 * g.Count(o => o.Dropout) / g.Count());
        Assert.InRange(byLevel[EducationLevel.Transicion], 6.22 - 1.5, 6.22 + 1.5);
        Assert.InRange(byLevel[EducationLevel.Primaria], 4.64 - 0.8, 4.64 + 0.8);
        Assert.InRange(byLevel[EducationLevel.Secundaria], 4.85 - 0.8, 4.85 + 0.8);
        Assert.InRange(byLevel[EducationLevel.Media], 3.41 - 0.9, 3.41 + 0.9);
    }

    [Fact]
    public void WriteTo_MakesSixteenPercentOfStudentsVenezuelan_WhenDefaultShareIsUsed()
    {
        var outcomes = SimatCutReference.Derive(year.Files.SimatCuts).Values.ToList();

        var share = (double)outcomes.Count(o => o.Migrant) / outcomes.Count;

        Assert.InRange(share, 0.15, 0.17);
        Assert.InRange((double)year.Files.Truth.Migrants / year.Files.Truth.Students, 0.15, 0.17);
    }

    [Fact]
    public void WriteTo_WritesA150ColumnSimpadeHeaderWithReasonFlagsAndGradeNames_WhenSimpadeIsOn()
    {
        var path = year.Files.SimpadeFile!;

        Assert.Equal(150, SimpadeColumns.All.Count);
        Assert.Equal(54, SimpadeColumns.All.Count(c => c.StartsWith(SimpadeColumns.ReasonPrefix, StringComparison.Ordinal)));
        Assert.Equal(Bom, File.ReadAllBytes(path)[..3]);
        var lines = File.ReadLines(path, Encoding.UTF8).ToList();
        var header = lines[0].Split(';');
        Assert.Equal(SimpadeColumns.WithIdentity, header);
        Assert.Equal(SimpadeColumns.All, header.Where(h => !SimpadeColumns.IdentityColumns.Contains(h)));
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToList();
        Assert.Equal(year.Files.SimpadeRows, rows.Count);
        Assert.All(rows, r => Assert.Equal(152, r.Length));
        var grado = Array.IndexOf(header, "GRADO");
        Assert.All(rows, r => Assert.True(GradeCatalog.TryParse(r[grado], out _), r[grado]));
        Assert.Contains(rows, r => r[grado] == "OCTAVO");
        Assert.All(rows, r => Assert.Matches(@"^2025-12-05 08:[0-9]{2}:[0-9]{2}\.[0-9]{1,3}$", r[^1]));
        var mes = Array.IndexOf(header, "MES_FINAL");
        Assert.All(rows, r => Assert.InRange(int.Parse(r[mes], CultureInfo.InvariantCulture), 2, 11));
        var flags = Enumerable.Range(0, header.Length).Where(i => header[i].StartsWith(SimpadeColumns.ReasonPrefix, StringComparison.Ordinal)).ToList();
        Assert.Contains(rows, r => flags.All(i => r[i].Length == 0));
        Assert.Contains(rows, r => flags.All(i => r[i] == "0"));
        Assert.Contains(rows, r => flags.Any(i => r[i] == "1"));
    }

    [Fact]
    public void WriteTo_ReportsMostSimatDropoutsAndSomeSimpadeOnlyStudents_WhenSimpadeIsOn()
    {
        var outcomes = SimatCutReference.Derive(year.Files.SimatCuts);
        var lines = File.ReadLines(year.Files.SimpadeFile!, Encoding.UTF8).ToList();
        var perId = Array.IndexOf(lines[0].Split(';'), "PER_ID");
        var reported = lines.Skip(1).Select(l => l.Split(';')[perId]).ToHashSet(StringComparer.Ordinal);

        var simatDropouts = outcomes.Where(o => o.Value.Dropout).Select(o => o.Key).ToList();
        var inBoth = simatDropouts.Count(reported.Contains);
        var onlySimpade = reported.Count(id => outcomes.TryGetValue(id, out var o) && !o.Dropout);

        Assert.InRange((double)inBoth / simatDropouts.Count, 0.82, 0.94);
        Assert.True(onlySimpade > 0);
        Assert.True(onlySimpade < inBoth / 5);
    }

    [Fact]
    public void WriteTo_WritesWindows1252WithoutBom_WhenACutIsAskedInThatEncoding()
    {
        using var folder = new TempFolder();
        var options = new SyntheticYearOptions { Students = 500, Institutions = 3, Cuts = 2, WriteSimpade = false, Windows1252Cuts = new HashSet<int> { 1 } };

        var files = new SyntheticYearGenerator(options).WriteTo(folder.Path);

        var bytes = File.ReadAllBytes(files.SimatCuts[1].Path);
        Assert.NotEqual(Bom, bytes[..3]);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding(1252).GetString(bytes);
        Assert.Contains(";CÚCUTA;", text, StringComparison.Ordinal);
        Assert.Null(files.SimpadeFile);
    }

    [Fact]
    public void WriteFlatSimat_WritesExactlyTheRequestedRows_WhenAskedForABenchFile()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "flat.csv");

        var written = SyntheticYearGenerator.WriteFlatSimat(path, 5000);

        Assert.Equal(5000, written);
        var lines = File.ReadLines(path, Encoding.UTF8).ToList();
        Assert.Equal(5001, lines.Count);
        Assert.Equal(5000, lines.Skip(1).Select(l => l.Split(';')[23]).Distinct().Count());
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("permanencia-synth-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
