using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.Etl.Tests.Synthetic;

/// <summary>One 40,000-student synthetic year, written once for the statistical tests.</summary>
public sealed class SyntheticYearFixture : IDisposable
{
    public SyntheticYearFixture()
    {
        Folder = Directory.CreateTempSubdirectory("permanencia-synth-").FullName;
        Files = new SyntheticYearGenerator(new SyntheticYearOptions { Students = 40_000, Institutions = 25, Seed = 7 }).WriteTo(Folder);
    }

    public string Folder { get; }

    public SyntheticYearFiles Files { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
