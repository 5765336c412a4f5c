using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Official;

/// <summary>The municipalities of the institutions with outcomes (any year), from their DANE codes, ascending.</summary>
public static class LoadedMunicipalities
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(LoadedMunicipalities).Assembly);

    public static IReadOnlyList<string> Read(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return connection.Query<string>(Scripts.Read(target.Dialect, "Official", "OutcomeInstitutions"))
            .Select(DaneMunicipality.Of)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
