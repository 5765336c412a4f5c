using System.Text.Json;
using Dapper;
using PermanenciaAnalytics.Core.Simpade;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Simpade;

/// <summary>
/// Distribution of SIMPADE dropout reasons for a year, and the same students grouped into the four MEN categories of
/// <see cref="ReasonCategories"/>; counts are distinct students, by SQL.
/// </summary>
public static class ReasonQuery
{
    public static ReasonDistribution Query(DatabaseTarget target, int year, bool byInstitution)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        var flag = byInstitution ? 1 : 0;
        var totals = connection.Query<(string? Institution, long Students, long WithoutReason)>(
                SqlScripts.Of(typeof(ReasonQuery).Assembly).Read(target.Dialect, "Simpade", "DropoutTotals"), new { year, by_institution = flag })
            .Select(t => new DropoutTotal(t.Institution, t.Students, t.WithoutReason))
            .OrderBy(t => t.InstitutionDane, StringComparer.Ordinal).ToList();
        var reasons = connection.Query<(string? Institution, string Code, long Students)>(
                SqlScripts.Of(typeof(ReasonQuery).Assembly).Read(target.Dialect, "Simpade", "ReasonCounts"), new { year, by_institution = flag })
            .Select(r => new ReasonCount(r.Institution, r.Code, ReasonCategories.CategoryOf(r.Code), r.Students))
            .OrderBy(r => r.InstitutionDane, StringComparer.Ordinal).ThenByDescending(r => r.Students).ThenBy(r => r.ReasonCode, StringComparer.Ordinal)
            .ToList();
        var categories = new List<CategoryCount>();
        foreach (var category in Enum.GetValues<ReasonCategory>())
        {
            var codes = ReasonCategories.CodesOf(category);
            var parameter = target.Dialect == SqlDialect.Sqlite ? JsonSerializer.Serialize(codes) : string.Join('|', codes);
            categories.AddRange(connection.Query<(string? Institution, long Students)>(
                    SqlScripts.Of(typeof(ReasonQuery).Assembly).Read(target.Dialect, "Simpade", "CategoryCounts"), new { year, by_institution = flag, codes = parameter })
                .Select(c => new CategoryCount(c.Institution, category, c.Students)));
        }

        return new ReasonDistribution(totals, reasons,
            categories.OrderBy(c => c.InstitutionDane, StringComparer.Ordinal).ThenBy(c => c.Category).ToList());
    }
}
