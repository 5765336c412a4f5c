namespace PermanenciaAnalytics.Synthetic;

/// <summary>
/// What <see cref="SyntheticYearGenerator"/> makes. Defaults describe a Cúcuta-size official sector:
/// about 60 institutions, 107,000 students, ten monthly SIMAT cuts (February–November) and a SIMPADE file.
/// </summary>
public sealed record SyntheticYearOptions
{
    public int Year { get; init; } = 2025;

    /// <summary>Same seed, same options → byte-identical files.</summary>
    public ulong Seed { get; init; } = 20250228;

    public int Institutions { get; init; } = 60;

    public int Students { get; init; } = 107_000;

    /// <summary>Monthly cuts starting in February (at most 10: February–November), each dated at month end.</summary>
    public int Cuts { get; init; } = 10;

    /// <summary>Share of students of Venezuelan origin (PAIS_ORIGEN).</summary>
    public double MigrantShare { get; init; } = 0.16;

    /// <summary>Write the SIMPADE desertores file.</summary>
    public bool WriteSimpade { get; init; } = true;

    /// <summary>
    /// The public SIMPADE extract is anonymised (150 columns, no student identity); the secretariat's own export carries
    /// the student. When true, <c>PER_ID</c> and <c>NRO_DOCUMENTO</c> are added after <c>TIPO_DOC</c> (152 columns) so
    /// SIMPADE rows can be matched to SIMAT.
    /// </summary>
    public bool SimpadeIdentityColumns { get; init; } = true;

    /// <summary>
    /// Makes the school year before the population of <see cref="Year"/> + 1 drawn with the same seed and student
    /// count, so the two years are one cohort: every student of the next year who was of school age is here one grade
    /// lower (a repitente of the next year in the same grade) and continues; this year's leavers are students of
    /// their own (fresh ids, not in the next year): the grade-11 class that graduates and the dropouts, drawn with the
    /// same per-grade probabilities as any year and with the circumstances dropouts have (see SyntheticDropoutRisk).
    /// Some of the next year's students are new there (half its late entrants and 15 % of its migrants, grades 1 and
    /// up, are not in this year), and a few continuing students drop out this year and come back the next (10 % of the
    /// next year's dropouts, 0.8 % of the others), so "nuevo" and "retiro del año anterior" mean something.
    /// </summary>
    public bool PriorYear { get; init; }

    /// <summary>Cut indexes (0 = February) written as files; null writes every cut. Quarterly cuts are {0, 3, 6, 9}.</summary>
    public IReadOnlySet<int>? WrittenCuts { get; init; }

    /// <summary>Cut indexes (0 = February) written in Windows-1252 instead of UTF-8 with BOM, as some real exports are.</summary>
    public IReadOnlySet<int> Windows1252Cuts { get; init; } = new HashSet<int>();

    internal void Validate()
    {
        if (Year is < 2000 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(Year), Year, "Year must be between 2000 and 2100.");
        }

        if (Institutions is < 1 or > 900)
        {
            throw new ArgumentOutOfRangeException(nameof(Institutions), Institutions, "Between 1 and 900 institutions.");
        }

        if (Students < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Students), Students, "At least one student.");
        }

        if (Cuts is < 2 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(Cuts), Cuts, "Between 2 and 10 monthly cuts (February–November).");
        }

        if (MigrantShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MigrantShare), MigrantShare, "A share between 0 and 1.");
        }
    }
}
