using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Testing;
using Xunit.Abstractions;

namespace PermanenciaAnalytics.Reports.Tests.Plans;

/// <summary>
/// Hostile and broken variants of the real plan workbook through the real plan loader into a real SQLite file
/// (issue 11): each ends loaded or refused with a cause naming the file, never an exception, and the memory it
/// allocates stays bounded — tightly for the bombs, which must be refused before anything is inflated.
/// </summary>
public sealed class WorkbookFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const long BombBound = 64L * 1024 * 1024;
    private const long WorkbookBound = 512L * 1024 * 1024;
    private readonly TempSqliteDatabase database = Seeded();

    private static TempSqliteDatabase Seeded()
    {
        var database = new TempSqliteDatabase();
        InstitutionCatalogSeed.Add(database.Target, InstitutionCatalogSeed.TemplateDane);
        return database;
    }

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string> { "template" };
        foreach (var percent in new[] { 1, 10, 30, 50, 70, 90, 99 })
        {
            cases.Add($"truncate-{percent}");
        }

        for (var seed = 1; seed <= 10; seed++)
        {
            cases.Add($"flip-{seed}");
        }

        foreach (var name in new[] { "random-1024", "random-1048576", "bomb-1gib", "bomb-lying", "billion-laughs", "external-entity",
                     "entries-5000", "cell-far", "rows-20000", "string-10mb", "zip-empty", "zip-of-csv", "csv-named-xlsx" })
        {
            cases.Add(name);
        }

        return cases;
    }

    public void Dispose() => database.Dispose();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_EndsLoadedOrRefusedWithACause_WhenTheWorkbookIsHostileOrBroken(string name)
    {
        // Arrange
        var path = Build(name);

        // Act
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Assert.Single(PlanLoader.Load(database.Target, [path], new DateOnly(2025, 9, 1), new DateTime(2025, 9, 1, 10, 0, 0)));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert
        output.WriteLine($"{name}: {(result.Loaded ? "cargado" : "rechazado")}, {allocated / 1024 / 1024} MB allocated; {(result.Errors.Count > 0 ? result.Errors[0] : "")}");
        Assert.True(allocated < (name.StartsWith("bomb", StringComparison.Ordinal) || name.EndsWith("entity", StringComparison.Ordinal) || name == "billion-laughs" ? BombBound : WorkbookBound),
            $"{name} allocated {allocated:N0} bytes");
        if (!result.Loaded)
        {
            Assert.NotEmpty(result.Errors);
            Assert.All(result.Errors, e => Assert.Equal(Path.GetFileName(path), e.File));
            Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Cause)));
        }

        // The real template loads; a flipped byte or a 10 MB text may or may not break the plan; everything else is refused.
        if (name == "template")
        {
            Assert.True(result.Loaded, string.Join("\n", result.Errors));
        }
        else if (!name.StartsWith("flip", StringComparison.Ordinal) && name != "string-10mb")
        {
            Assert.False(result.Loaded, $"{name} should be refused");
        }
    }

    private string Build(string name)
    {
        var template = Path.Combine(database.Folder, "plantilla");
        if (!Directory.Exists(template))
        {
            PlanTemplateWriter.Write(template);
        }

        var real = Path.Combine(template, PlanTemplateWriter.WorkbookFile);
        var path = Path.Combine(database.Folder, name + ".xlsx");
        var parts = name.Split('-');
        switch (parts[0])
        {
            case "template":
                return real;
            case "truncate":
                return HostileWorkbooks.Truncated(real, path, int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) / 100d);
            case "flip":
                var bytes = File.ReadAllBytes(real);
                var random = new Random(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
                for (var i = 0; i < 1 << random.Next(0, 6); i++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                File.WriteAllBytes(path, bytes);
                return path;
            case "random":
                var noise = new byte[int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)];
                new Random(noise.Length).NextBytes(noise);
                File.WriteAllBytes(path, noise);
                return path;
            case "bomb":
                return parts[1] == "lying" ? HostileWorkbooks.LyingBomb(path) : HostileWorkbooks.Bomb(path);
            case "billion":
                return HostileWorkbooks.BillionLaughs(real, path);
            case "external":
                return HostileWorkbooks.ReplacePart(real, path, "xl/workbook.xml",
                    "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"&xxe;\" sheetId=\"1\"/></sheets></workbook>");
            case "entries":
                return HostileWorkbooks.ManyEntries(real, path);
            case "string":
                using (var source = ZipFile.OpenRead(real))
                using (var reader = new StreamReader(source.GetEntry("xl/sharedStrings.xml")!.Open()))
                {
                    var xml = reader.ReadToEnd();
                    var at = xml.IndexOf("<t>", StringComparison.Ordinal) + 3;
                    return HostileWorkbooks.ReplacePart(real, path, "xl/sharedStrings.xml", xml[..at] + new string('x', 10 * 1024 * 1024) + xml[at..]);
                }

            case "cell":
            case "rows":
                using (var workbook = new XLWorkbook(real))
                {
                    var sheet = workbook.Worksheet(2);
                    if (parts[0] == "cell")
                    {
                        sheet.Cell(1_000_000, 1).Value = "x";
                    }
                    else
                    {
                        for (var r = 2; r <= 20_000; r++)
                        {
                            sheet.Cell(r, 1).Value = "individual";
                        }
                    }

                    workbook.SaveAs(path);
                }

                return path;
            case "zip":
                using (var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
                {
                    if (parts[1] == "of")
                    {
                        using var writer = new StreamWriter(zip.CreateEntry("plan.csv").Open(), new UTF8Encoding(false));
                        writer.Write("institucion;anio\n154001000123;2025\n");
                    }
                }

                return path;
            default:
                File.WriteAllText(path, "institucion;anio\n154001000123;2025\n");
                return path;
        }
    }
}
