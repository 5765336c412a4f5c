using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Sums counts first, then derives the rate (DESIGN.md §5 rule 7).</summary>
public static class IndicatorTotals
{
    public static IndicatorRow Sum(int year, IEnumerable<IndicatorRow> rows, string? institutionDane = null, string? institutionName = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        long enrolled = 0, dropouts = 0, transfers = 0;
        foreach (var row in rows)
        {
            enrolled += row.Enrolled;
            dropouts += row.Dropouts;
            transfers += row.TransfersOut;
        }

        return new IndicatorRow
        {
            Year = year,
            InstitutionDane = institutionDane,
            InstitutionName = institutionName,
            Enrolled = enrolled,
            Dropouts = dropouts,
            TransfersOut = transfers,
        };
    }
}
