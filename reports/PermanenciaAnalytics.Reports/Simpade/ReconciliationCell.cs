namespace PermanenciaAnalytics.Reports.Simpade;

/// <summary>
/// One institution × grade × month of a by-cell reconciliation: SIMAT dropouts (rule 5's month) and SIMPADE
/// desertores (<c>MES_FINAL</c>). A null grade or month is one SIMPADE left unreadable.
/// </summary>
public sealed record ReconciliationCell(string InstitutionDane, int? Grade, int? Month, long Simat, long Simpade)
{
    /// <summary>SIMPADE minus SIMAT: positive when SIMPADE reports more desertores than SIMAT shows.</summary>
    public long Difference => Simpade - Simat;
}
