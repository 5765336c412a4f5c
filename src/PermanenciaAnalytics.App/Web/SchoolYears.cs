using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web;

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

        using var connection = target.Open();
        var latest = connection.ExecuteScalar<long?>("SELECT MAX(school_year) FROM enrollment");
        return latest is { } value ? (int)value : clock.GetUtcNow().Year;
    }
}
