namespace PermanenciaAnalytics.Core.Calendar;

/// <summary>
/// The days classes run in one school year (issue 13 item 7). Its months — from the start's to the end's — are the
/// school months of the month series, the charts, the plan's target path and projections. A year nobody set uses
/// <see cref="CalendarA"/>; Cúcuta's 2026 year, for instance, began on 19 January (domain.md §7).
/// </summary>
public sealed record SchoolCalendar
{
    public SchoolCalendar(int year, DateOnly start, DateOnly end, bool isDefault = false)
    {
        if (end <= start)
        {
            throw new ArgumentException($"El fin de clases ({end:yyyy-MM-dd}) debe ser posterior al inicio ({start:yyyy-MM-dd}).", nameof(end));
        }

        if (start.Year != year || end.Year != year)
        {
            throw new ArgumentException($"El calendario de {year} debe empezar y terminar en {year} (recibió {start:yyyy-MM-dd} a {end:yyyy-MM-dd}).", nameof(start));
        }

        Year = year;
        Start = start;
        End = end;
        IsDefault = isDefault;
    }

    public int Year { get; }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    /// <summary>True when no calendar was set for the year and calendar A is assumed.</summary>
    public bool IsDefault { get; }

    public int FirstMonth => Start.Month;

    public int LastMonth => End.Month;

    /// <summary>Calendar A as MEN's guidelines describe it for Cúcuta: 1 February to 30 November.</summary>
    public static SchoolCalendar CalendarA(int year) => new(year, new DateOnly(year, 2, 1), new DateOnly(year, 11, 30), isDefault: true);
}
