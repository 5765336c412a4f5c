namespace PermanenciaAnalytics.Reports.Simpade;

/// <summary>Per institution: dropouts counted by both SIMAT (rule 5) and SIMPADE, by SIMPADE only, by SIMAT only.</summary>
public sealed record ReconciliationRow(string InstitutionDane, long InBoth, long OnlySimpade, long OnlySimat);
