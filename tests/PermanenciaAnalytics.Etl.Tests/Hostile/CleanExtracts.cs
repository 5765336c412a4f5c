using System.Text;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.Etl.Tests.Hostile;

/// <summary>
/// A small real-layout synthetic year (SIMAT 54-column cut, <c>;</c>, UTF-8 BOM, CRLF, and the 150-column SIMPADE
/// extract), written once per test class: the clean files the hostile variants are made from.
/// </summary>
public sealed class CleanExtracts : IDisposable
{
    public CleanExtracts()
    {
        Folder = Directory.CreateTempSubdirectory("permanencia-hostile-").FullName;
        var files = new SyntheticYearGenerator(new SyntheticYearOptions { Students = 200, Institutions = 2, Cuts = 2, Seed = 11 }).WriteTo(Path.Combine(Folder, "clean"));
        SimatCut = files.SimatCuts[^1].Path;
        SimatRows = files.SimatCuts[^1].Rows;
        SimpadeFile = files.SimpadeFile!;
    }

    public string Folder { get; }

    public string SimatCut { get; }

    public long SimatRows { get; }

    public string SimpadeFile { get; }

    /// <summary>The SIMAT cut's lines (header first), without line breaks.</summary>
    public IReadOnlyList<string> SimatLines() => File.ReadAllLines(SimatCut, Encoding.UTF8);

    /// <summary>A path for a variant file in this fixture's folder, named <c>{stem}_{cut}.csv</c> so it carries the cut date.</summary>
    public string PathFor(string stem) => Path.Combine(Folder, $"{stem}_{Path.GetFileNameWithoutExtension(SimatCut)["simat_".Length..]}.csv");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
