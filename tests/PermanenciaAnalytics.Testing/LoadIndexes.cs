namespace PermanenciaAnalytics.Testing;

/// <summary>What the deferral tests compare: the secondary indexes of the bulk-loaded tables, as name and definition.</summary>
public static class LoadIndexes
{
    public const string Definitions =
        "SELECT name || ':' || sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('enrollment', 'student_contact') AND sql IS NOT NULL ORDER BY name";
}
