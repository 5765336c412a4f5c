namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>Every T-SQL statement the loaders run, so a unit test can parse each with ScriptDom.</summary>
internal static class SqlServerLoadStatements
{
    public static IReadOnlyList<(string Name, string Sql)> All { get; } =
    [
        ("LoadLedger.Insert", LoadLedger.InsertSqlServer),
        ("LoadLedger.FindLoaded", LoadLedger.FindLoadedSqlServer),
        ("LoadLedger.Complete", LoadLedger.CompleteSqlServer),
        ("LoadLedger.InsertReason", LoadLedger.InsertReasonSqlServer),
        ("InstitutionCatalog.UpsertInstitution", InstitutionCatalog.UpsertInstitutionSqlServer),
        ("InstitutionCatalog.UpsertSede", InstitutionCatalog.UpsertSedeSqlServer),
    ];
}
