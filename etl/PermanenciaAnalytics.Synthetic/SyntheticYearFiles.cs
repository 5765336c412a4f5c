namespace PermanenciaAnalytics.Synthetic;

/// <summary>An institution of the synthetic year (public data: DANE code and name).</summary>
public sealed record SyntheticInstitution(string Dane, string Name, int Sedes);

/// <summary>One SIMAT cut file written by the generator.</summary>
public sealed record SyntheticCutFile(DateOnly Cut, string Path, long Rows);

/// <summary>
/// What the generator decided, counted straight from its student trajectories (not by re-reading the files):
/// the "truth" the indicator engine should find. Counts follow docs/design.md §5 (universe grades 0–11 and 99).
/// </summary>
public sealed record SyntheticTruth(
    int Students,
    int Migrants,
    int ExtraEdad,
    int Transfers,
    int Reenrolments,
    IReadOnlyDictionary<string, int> EnrolledByLevel,
    IReadOnlyDictionary<string, int> DropoutsByLevel)
{
    public int UniverseEnrolled => EnrolledByLevel.Values.Sum();

    public int UniverseDropouts => DropoutsByLevel.Values.Sum();

    public decimal DropoutPercent(string? level = null)
    {
        var enrolled = level is null ? UniverseEnrolled : EnrolledByLevel.GetValueOrDefault(level);
        var dropouts = level is null ? UniverseDropouts : DropoutsByLevel.GetValueOrDefault(level);
        return enrolled == 0 ? 0m : 100m * dropouts / enrolled;
    }
}

/// <summary>The files of one synthetic year and what they contain.</summary>
public sealed record SyntheticYearFiles(
    string Folder,
    IReadOnlyList<SyntheticCutFile> SimatCuts,
    string? SimpadeFile,
    long SimpadeRows,
    IReadOnlyList<SyntheticInstitution> Institutions,
    SyntheticTruth Truth,
    double Seconds);
