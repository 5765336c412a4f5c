using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// The institutions and sedes seen in the loaded rows of one file (a few hundred at most, so they are gathered in
/// memory, not per row in the database), upserted into <c>institution</c>/<c>sede</c> before commit. Known values
/// are kept when a file leaves a field blank.
/// </summary>
internal sealed class InstitutionCatalog
{
    private const string UpsertInstitutionSqlite = """
        INSERT INTO institution (institution_dane, name, municipality_code, municipality_name, sector, calendar)
        VALUES (@Dane, @Name, @MunicipalityCode, @MunicipalityName, @Sector, @Calendar)
        ON CONFLICT (institution_dane) DO UPDATE SET
            name = COALESCE(excluded.name, institution.name),
            municipality_code = COALESCE(excluded.municipality_code, institution.municipality_code),
            municipality_name = COALESCE(excluded.municipality_name, institution.municipality_name),
            sector = COALESCE(excluded.sector, institution.sector),
            calendar = COALESCE(excluded.calendar, institution.calendar);
        """;

    internal const string UpsertInstitutionSqlServer = """
        MERGE dbo.institution WITH (HOLDLOCK) AS t
        USING (SELECT @Dane AS institution_dane, @Name AS name, @MunicipalityCode AS municipality_code,
                      @MunicipalityName AS municipality_name, @Sector AS sector, @Calendar AS calendar) AS s
        ON t.institution_dane = s.institution_dane
        WHEN MATCHED THEN UPDATE SET
            name = COALESCE(s.name, t.name),
            municipality_code = COALESCE(s.municipality_code, t.municipality_code),
            municipality_name = COALESCE(s.municipality_name, t.municipality_name),
            sector = COALESCE(s.sector, t.sector),
            calendar = COALESCE(s.calendar, t.calendar)
        WHEN NOT MATCHED THEN INSERT (institution_dane, name, municipality_code, municipality_name, sector, calendar)
            VALUES (s.institution_dane, s.name, s.municipality_code, s.municipality_name, s.sector, s.calendar);
        """;

    private const string UpsertSedeSqlite = """
        INSERT INTO sede (sede_dane, institution_dane, name, zona) VALUES (@SedeDane, @InstitutionDane, @Name, @Zona)
        ON CONFLICT (sede_dane) DO UPDATE SET
            institution_dane = excluded.institution_dane,
            name = COALESCE(excluded.name, sede.name),
            zona = COALESCE(excluded.zona, sede.zona);
        """;

    internal const string UpsertSedeSqlServer = """
        MERGE dbo.sede WITH (HOLDLOCK) AS t
        USING (SELECT @SedeDane AS sede_dane, @InstitutionDane AS institution_dane, @Name AS name, @Zona AS zona) AS s
        ON t.sede_dane = s.sede_dane
        WHEN MATCHED THEN UPDATE SET
            institution_dane = s.institution_dane,
            name = COALESCE(s.name, t.name),
            zona = COALESCE(s.zona, t.zona)
        WHEN NOT MATCHED THEN INSERT (sede_dane, institution_dane, name, zona)
            VALUES (s.sede_dane, s.institution_dane, s.name, s.zona);
        """;

    private readonly Dictionary<string, InstitutionRow> _institutions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SedeRow> _sedes = new(StringComparer.Ordinal);

    public int InstitutionCount => _institutions.Count;

    /// <summary>Notes the institution and sede of a loaded row; names come from the first row that has them.</summary>
    public void Note(ExtractRowReader row, string institutionDane, string? sedeDane)
    {
        if (!_institutions.TryGetValue(institutionDane, out var institution) || institution.Name is null)
        {
            _institutions[institutionDane] = new InstitutionRow(
                institutionDane,
                Clean(row.Get(ExtractColumn.InstitutionName)),
                row.Get(ExtractColumn.MunicipalityCode),
                Clean(row.Get(ExtractColumn.MunicipalityName)),
                Clean(row.Get(ExtractColumn.Sector)),
                row.Get(ExtractColumn.Calendar));
        }

        if (sedeDane is not null && (!_sedes.TryGetValue(sedeDane, out var sede) || sede.Name is null))
        {
            _sedes[sedeDane] = new SedeRow(sedeDane, institutionDane, Clean(row.Get(ExtractColumn.SedeName)), Clean(row.Get(ExtractColumn.Zona)));
        }
    }

    public void Save(SqlDialect dialect, DbConnection connection, DbTransaction transaction)
    {
        var sqlite = dialect == SqlDialect.Sqlite;
        connection.Execute(sqlite ? UpsertInstitutionSqlite : UpsertInstitutionSqlServer, _institutions.Values, transaction);
        connection.Execute(sqlite ? UpsertSedeSqlite : UpsertSedeSqlServer, _sedes.Values, transaction);
    }

    /// <summary>Repairs mojibake and collapses the doubled spaces seen in SIMPADE school names.</summary>
    private static string? Clean(string? value)
    {
        var repaired = MojibakeRepair.Repair(value);
        return repaired is null ? null : string.Join(' ', repaired.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private sealed record InstitutionRow(string Dane, string? Name, string? MunicipalityCode, string? MunicipalityName, string? Sector, string? Calendar);

    private sealed record SedeRow(string SedeDane, string InstitutionDane, string? Name, string? Zona);
}
