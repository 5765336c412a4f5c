using System.Data;
using System.Globalization;
using Dapper;
using PermanenciaAnalytics.Core.Risk;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>
/// Reads and writes the versioned weights and cut points (tables <c>risk_model_version</c>, <c>risk_factor_weight</c>,
/// migration 0470). The highest version is in force; an edit writes a new version, copying what it does not change.
/// </summary>
public static class RiskModelStore
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(RiskModelStore).Assembly);

    /// <summary>Every version, newest first.</summary>
    public static IReadOnlyList<RiskModelVersion> Versions(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return Versions(connection, target.Dialect);
    }

    /// <summary>The version in force.</summary>
    /// <exception cref="InvalidOperationException">No version is stored (the schema is older than migration 0470).</exception>
    public static RiskModel Current(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return Versions(connection, target.Dialect).FirstOrDefault()?.Model
            ?? throw new InvalidOperationException("La base no tiene pesos del índice de riesgo; ejecute init.");
    }

    /// <summary>Writes <paramref name="model"/> as a new version and returns its number.</summary>
    /// <param name="target">The reporting database.</param>
    /// <param name="model">The weights and cut points; its <see cref="RiskModel.Version"/> is ignored.</param>
    /// <param name="createdBy">Who made the change (recorded with the version).</param>
    /// <param name="note">Why (recorded with the version).</param>
    /// <param name="utcNow">The time recorded with the version.</param>
    public static int Save(DatabaseTarget target, RiskModel model, string createdBy, string? note, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(model);
        if (model.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(model));
        }

        using var connection = target.Open();
        using var transaction = connection.BeginTransaction(IsolationLevel.Serializable);
        var version = connection.ExecuteScalar<int>(Scripts.Read(target.Dialect, "Risk", "NextVersion"), transaction: transaction);
        connection.Execute(Scripts.Read(target.Dialect, "Risk", "InsertVersion"), new
        {
            version,
            createdAt = DialectParameters.Timestamp(target.Dialect, utcNow),
            createdBy,
            note,
            bandMedio = model.BandMedio,
            bandAlto = model.BandAlto,
            sedeRateThreshold = model.SedeRateThreshold,
            extraEdadYears = model.ExtraEdadYears,
        }, transaction);
        foreach (var factor in RiskFactorCatalog.All)
        {
            connection.Execute(Scripts.Read(target.Dialect, "Risk", "InsertWeight"),
                new { version, factorCode = factor.Code, points = model.PointsOf(factor.Code) }, transaction);
        }

        transaction.Commit();
        return version;
    }

    private static List<RiskModelVersion> Versions(IDbConnection connection, SqlDialect dialect)
    {
        var rows = connection.Query<VersionRow>(Scripts.Read(dialect, "Risk", "ModelVersions")).ToList();
        return rows.Select(row =>
        {
            var points = connection.Query<(string FactorCode, long Points)>(Scripts.Read(dialect, "Risk", "ModelWeights"), new { version = row.Version })
                .ToDictionary(w => w.FactorCode, w => (int)w.Points, StringComparer.Ordinal);
            var model = new RiskModel((int)row.Version, points, (int)row.BandMedio, (int)row.BandAlto,
                Convert.ToDecimal(row.SedeRateThreshold, CultureInfo.InvariantCulture), (int)row.ExtraEdadYears);
            return new RiskModelVersion(model, ReadTimestamp(row.CreatedAt), row.CreatedBy ?? "", row.Note);
        }).ToList();
    }

    private static DateTime ReadTimestamp(object? value) => value switch
    {
        DateTime dateTime => dateTime,
        string text when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) => parsed,
        _ => DateTime.MinValue,
    };

    private sealed class VersionRow
    {
        public long Version { get; init; }

        public object? CreatedAt { get; init; }

        public string? CreatedBy { get; init; }

        public string? Note { get; init; }

        public long BandMedio { get; init; }

        public long BandAlto { get; init; }

        public object? SedeRateThreshold { get; init; }

        public long ExtraEdadYears { get; init; }
    }
}
