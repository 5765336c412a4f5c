using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Outcomes;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>The year a page shows: <c>?anio=</c> when valid, else the latest loaded school year, else this year.</summary>
public sealed class SchoolYears(DatabaseTarget target, TimeProvider clock)
{
    public int Resolve(string? requested)
    {
        if (int.TryParse(requested, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is >= 2000 and <= 2100)
        {
            return year;
        }

        return DataAsOf.LatestYear(target) ?? clock.GetUtcNow().Year;
    }
}
