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
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(InstitutionCatalog).Assembly);

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
        connection.Execute(Scripts.Read(dialect, "Loading", "UpsertInstitution"), _institutions.Values, transaction);
        connection.Execute(Scripts.Read(dialect, "Loading", "UpsertSede"), _sedes.Values, transaction);
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
