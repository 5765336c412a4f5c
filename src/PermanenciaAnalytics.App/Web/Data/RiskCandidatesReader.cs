using Dapper;
using PermanenciaAnalytics.Core.Risk;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Risk;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// An institution's risk list for the rector: the scores of <see cref="RiskList"/> (model in force, latest cut) joined to
/// the students' identities and cases. Every read is keyed by year and institution. The scores change only with the
/// data or the model, so they are kept per data version and model version; the list joined to identities and case
/// states is kept under the <see cref="CaseStamp"/> as well, since opening a case must show at once.
/// </summary>
public sealed class RiskCandidatesReader(DatabaseTarget target, DataVersion version, DataVersionCache cache)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(RiskCandidatesReader).Assembly);

    /// <summary>The model whose weights and cut points score the list.</summary>
    public RiskModel Model() => RiskModelStore.Current(target);

    /// <summary>Every scored student of the institution, highest score first.</summary>
    /// <param name="year">School year.</param>
    /// <param name="institutionDane">The institution (the caller checked the user may see it).</param>
    /// <param name="model">The model in force (<see cref="Model"/>).</param>
    public IReadOnlyList<RiskCandidate> List(int year, string institutionDane, RiskModel model)
    {
        ArgumentException.ThrowIfNullOrEmpty(institutionDane);
        ArgumentNullException.ThrowIfNull(model);
        // The joined list shows case states, which move without the data version: it is kept under the case stamp too.
        return cache.GetOrAddStamped(version.Current, ("risk-candidates", year, institutionDane, model.Version), CaseStamp.Read(target),
            () => Join(year, institutionDane, model));
    }

    private List<RiskCandidate> Join(int year, string institutionDane, RiskModel model)
    {
        var scored = cache.GetOrAdd(version.Current, ("risk-list", year, institutionDane, model.Version), () => RiskList.For(target, year, institutionDane, model));
        if (scored.Count == 0)
        {
            return [];
        }

        using var connection = target.Open();
        var identities = connection.Query<Identity>(Scripts.Read(target.Dialect, "Risk", "RiskStudentIdentities"), new { year, dane = institutionDane })
            .ToDictionary(i => i.StudentKey, StringComparer.Ordinal);
        return scored.Select(r =>
        {
            var identity = identities.GetValueOrDefault(r.StudentKey);
            return new RiskCandidate
            {
                StudentKey = r.StudentKey,
                Grade = r.Grade,
                GroupCode = identity?.GroupCode,
                Score = r.Score,
                Band = r.Band,
                Factors = [.. r.Factors.Select(code => new RiskFactorPoints(code, RiskFactorCatalog.Label(code), model.PointsOf(code)))],
                FullName = StudentNames.Tidy(identity?.FullName),
                DocType = identity?.DocType,
                DocNumber = identity?.DocNumber,
                Phone = identity?.Phone,
                CaseState = identity?.CaseState,
            };
        }).ToList();
    }


    private sealed class Identity
    {
        public string StudentKey { get; init; } = "";

        public string? DocType { get; init; }

        public string? DocNumber { get; init; }

        public string? FullName { get; init; }

        public string? Phone { get; init; }

        public string? GroupCode { get; init; }

        public string? CaseState { get; init; }

        public string? CaseOrigin { get; init; }
    }
}
