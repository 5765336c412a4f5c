using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>The year's <see cref="CaseFigures"/> per institution and for the city, from one SQL aggregate (Cases/CaseFigures.sql).</summary>
public sealed record CaseFiguresTable(IReadOnlyDictionary<string, CaseFigures> ByInstitution, CaseFigures City)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(CaseFiguresTable).Assembly);

    /// <summary>
    /// Not cacheable under the data version alone: a recorded contact does not bump it, and these figures must move
    /// with the schools' casework (the dashboard keys them by <see cref="CaseStamp"/> too).
    /// </summary>
    public static CaseFiguresTable Read(DatabaseTarget database, int year)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.Open();
        // One row per institution and number of days to the first contact (null: no contact): the median needs the
        // distribution, and the distribution of days is still only counts.
        var rows = connection.Query<Row>(Scripts.Read(database.Dialect, "Cases", "CaseFigures"), new { year }).ToList();
        var byInstitution = rows.GroupBy(r => r.InstitutionDane, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Figures(g.ToList()), StringComparer.Ordinal);
        return new CaseFiguresTable(byInstitution, Figures(rows));
    }

    private static CaseFigures Figures(IReadOnlyList<Row> rows) => new(
        rows.Sum(r => r.Cases),
        rows.Sum(r => r.OpenCases),
        rows.Sum(r => r.Contacted),
        rows.Sum(r => r.Returned),
        Median(rows.Where(r => r.DaysToFirstContact is not null)
            .GroupBy(r => r.DaysToFirstContact!.Value)
            .Select(g => (Days: g.Key, Cases: g.Sum(r => r.Cases)))
            .OrderBy(d => d.Days)
            .ToList()));

    /// <summary>The median of a distribution given as (value, how many); the mean of the two middle values when their number is even.</summary>
    internal static decimal? Median(IReadOnlyList<(long Days, long Cases)> distribution)
    {
        var count = distribution.Sum(d => d.Cases);
        if (count == 0)
        {
            return null;
        }

        return (At((count - 1) / 2) + At(count / 2)) / 2m;

        decimal At(long index)
        {
            foreach (var (days, cases) in distribution)
            {
                if (index < cases)
                {
                    return days;
                }

                index -= cases;
            }

            throw new InvalidOperationException("The index is past the distribution.");
        }
    }

    private sealed class Row
    {
        public string InstitutionDane { get; init; } = "";

        public long? DaysToFirstContact { get; init; }

        public long Cases { get; init; }

        public long OpenCases { get; init; }

        public long Contacted { get; init; }

        public long Returned { get; init; }
    }
}
