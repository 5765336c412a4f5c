using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Outcomes;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>The year a page shows: <c>?anio=</c> when valid, else the latest loaded school year, else this year.</summary>
public sealed class SchoolYears(DatabaseTarget target, TimeProvider clock)
{
    /// <summary>
    /// For the API: an absent year resolves as for pages, a present one must be a year from 2000 to 2100 (a machine
    /// asking for <c>?year=abc</c> gets a 400, not another year's data).
    /// </summary>
    public bool TryResolveStrict(string? requested, out int year)
    {
        year = 0;
        if (!string.IsNullOrEmpty(requested) && !IsValid(requested, out _))
        {
            return false;
        }

        year = Resolve(requested);
        return true;
    }

    public int Resolve(string? requested)
    {
        if (IsValid(requested, out var year))
        {
            return year;
        }

        return DataAsOf.LatestYear(target) ?? clock.GetUtcNow().Year;
    }

    private static bool IsValid(string? requested, out int year) =>
        int.TryParse(requested, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
        && year is >= 2000 and <= 2100;
}
