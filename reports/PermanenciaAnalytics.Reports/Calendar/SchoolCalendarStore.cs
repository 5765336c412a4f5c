using Dapper;
using PermanenciaAnalytics.Core.Calendar;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Calendar;

/// <summary>The per-year school calendars (migration 0423): set by <c>calendar set</c>, calendar A where none is set.</summary>
public static class SchoolCalendarStore
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(SchoolCalendarStore).Assembly);

    public static SchoolCalendar Of(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        var row = connection.QuerySingleOrDefault<(object StartDate, object EndDate)?>(Scripts.Read(target.Dialect, "Calendar", "Read"), new { year });
        return row is { } r && DialectParameters.ReadDate(r.StartDate) is { } start && DialectParameters.ReadDate(r.EndDate) is { } end
            ? new SchoolCalendar(year, start, end)
            : SchoolCalendar.CalendarA(year);
    }

    public static void Set(DatabaseTarget target, SchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(calendar);
        using var connection = target.Open();
        connection.Execute(Scripts.Read(target.Dialect, "Calendar", "Upsert"), new
        {
            year = calendar.Year,
            start = DialectParameters.Date(target.Dialect, calendar.Start),
            end = DialectParameters.Date(target.Dialect, calendar.End),
            now = DialectParameters.Timestamp(target.Dialect, DateTime.UtcNow),
        });
    }
}
