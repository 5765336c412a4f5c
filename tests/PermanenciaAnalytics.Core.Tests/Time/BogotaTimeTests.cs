using System.Globalization;
using PermanenciaAnalytics.Core.Time;

namespace PermanenciaAnalytics.Core.Tests.Time;

public sealed class BogotaTimeTests
{
    // Hand-computed: Bogotá is UTC−5 all year (no daylight saving), so a UTC instant moves back five hours, across
    // midnight, month and year ends alike.
    [Theory]
    [InlineData("2026-12-03 08:58", "2026-12-03 03:58")]
    [InlineData("2025-08-15 03:00", "2025-08-14 22:00")]
    [InlineData("2026-01-01 04:59", "2025-12-31 23:59")]
    [InlineData("2026-07-01 12:00", "2026-07-01 07:00")]
    public void FromUtc_ShiftsFiveHoursBack_WhateverTheDateOfTheYear(string utc, string expected)
    {
        var instant = DateTime.ParseExact(utc, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

        var local = BogotaTime.FromUtc(instant);

        Assert.Equal(expected, local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
    }
}
