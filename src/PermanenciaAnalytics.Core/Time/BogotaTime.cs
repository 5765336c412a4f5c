namespace PermanenciaAnalytics.Core.Time;

/// <summary>
/// The secretariat's clock. Everything is stored in UTC and shown in Bogotá time. Colombia has kept UTC−5 without
/// daylight saving since 1993. The fixed offset is the fallback because a minimal container may have no tz database
/// and "America/Bogota" would then not resolve.
/// </summary>
public static class BogotaTime
{
    private static readonly TimeZoneInfo Zone = Resolve();

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant at which <paramref name="day"/> begins in Bogotá.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    private static TimeZoneInfo Resolve()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("America/Bogota", TimeSpan.FromHours(-5), "Hora de Colombia", "COT");
        }
    }
}
