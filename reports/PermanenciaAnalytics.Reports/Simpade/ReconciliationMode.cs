namespace PermanenciaAnalytics.Reports.Simpade;

/// <summary>How SIMAT and SIMPADE dropouts were compared: person by person, or count by count per cell.</summary>
public enum ReconciliationMode
{
    /// <summary>Every SIMPADE row of the year has a PER_ID or a document: students are matched.</summary>
    ByPerson,

    /// <summary>SIMPADE came without identity (MEN's published extract): counts per institution × grade × month.</summary>
    ByCell,
}
