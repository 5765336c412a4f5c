using PermanenciaAnalytics.Core.Calendar;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The municipal cumulative month series of one year (<see cref="IndicatorDimension.MunicipalityMonth"/>: counts of all
/// institutions summed, then divided) and the date the year's data stand at. A month after that date has no data yet:
/// the engine repeats the last cumulative value up to December, which would read as "no more dropouts".
/// </summary>
public sealed record MunicipalMonthSeries(int Year, IReadOnlyList<IndicatorRow> Rows, DateOnly? AsOf)
{
    /// <summary>The year's school calendar (calendar A unless one was set): its months are the ones shown.</summary>
    public SchoolCalendar Calendar { get; init; } = SchoolCalendar.CalendarA(Year);

    /// <summary>The school months both years' series cover, from the earliest start to the latest end.</summary>
    public static (int First, int Last) SchoolMonths(MunicipalMonthSeries thisYear, MunicipalMonthSeries lastYear)
    {
        ArgumentNullException.ThrowIfNull(thisYear);
        ArgumentNullException.ThrowIfNull(lastYear);
        return (Math.Min(thisYear.Calendar.FirstMonth, lastYear.Calendar.FirstMonth), Math.Max(thisYear.Calendar.LastMonth, lastYear.Calendar.LastMonth));
    }

    public static MunicipalMonthSeries Read(IIndicatorReader indicators, IPublicationLookups lookups, int year)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(lookups);
        return new MunicipalMonthSeries(year, indicators.Query(year, IndicatorDimension.MunicipalityMonth, null), lookups.LastCut(year))
        {
            Calendar = lookups.Calendar(year),
        };
    }

    /// <summary>Students in the denominator (constant over the months), null when the year has no outcomes.</summary>
    public long? Enrolled => Rows.FirstOrDefault(r => !r.Suppressed)?.Enrolled;

    /// <summary>The row at the end of <paramref name="month"/>, or null when the data do not reach that month.</summary>
    public IndicatorRow? At(int month) => IsCovered(month) ? Rows.FirstOrDefault(r => r.Month == month) : null;

    /// <summary>Rows of the months the data reach.</summary>
    public IReadOnlyList<IndicatorRow> Known => Rows.Where(r => r.Month is { } m && IsCovered(m)).ToList();

    private bool IsCovered(int month) => AsOf is { } asOf && (asOf.Year > Year || (asOf.Year == Year && month <= asOf.Month));
}
