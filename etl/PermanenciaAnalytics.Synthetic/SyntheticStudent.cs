namespace PermanenciaAnalytics.Synthetic;

/// <summary>
/// One student's year, kept compact (the whole population is held in memory; rows are produced from it cut by cut).
/// Cut indexes are 0-based (0 = February); <see cref="None"/> marks an event that does not happen.
/// Personal details (names, documents, phones) are not stored: they are re-derived from <see cref="Id"/> when written.
/// </summary>
internal struct SyntheticStudent
{
    public const byte None = byte.MaxValue;

    public int Id;
    public int BirthDayNumber;
    public short Institution;
    public short DestinationInstitution;
    public sbyte Grade;
    public byte Sede;
    public byte DestinationSede;
    public byte Jornada;
    public byte Group;
    public byte StartCut;
    public byte DropCut;
    public byte TransferCut;
    public byte GapStart;
    public byte GapLength;
    public StudentFlags Flags;

    public readonly bool Has(StudentFlags flag) => (Flags & flag) == flag;

    public readonly bool IsDropout => DropCut != None;
}

[Flags]
internal enum StudentFlags : ushort
{
    None = 0,
    Female = 1,
    Migrant = 2,
    ExtraEdad = 4,
    Victim = 8,
    Repitente = 16,
    /// <summary>Dropout (or gap) shown as RETIRADO rows rather than simply missing from later cuts.</summary>
    RetiredVisible = 32,
    /// <summary>The origin institution shows a RETIRADO row at the cut of the transfer.</summary>
    TransferVisible = 64,
    /// <summary>Reported in the SIMPADE desertores file.</summary>
    InSimpade = 128,
    Campesino = 256,
}
