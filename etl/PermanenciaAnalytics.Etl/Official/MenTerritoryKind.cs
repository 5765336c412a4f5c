namespace PermanenciaAnalytics.Etl.Official;

/// <summary>Which of MEN's files a record comes from: the municipal one (nudc-7mev) or the departmental one (ji8i-4anb).</summary>
public enum MenTerritoryKind
{
    Municipality,
    Department,
}
