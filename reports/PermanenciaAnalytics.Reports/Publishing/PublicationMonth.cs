using System.Globalization;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Outcomes;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>
/// Which month a publication may carry. The engine holds one set of outcomes per year (the last <c>recompute</c>), so a
/// version can only show the month those outcomes stand at: <c>--month 6</c> after a full-year recompute once labelled
/// November's counts "Datos hasta junio", and the monthly job published the clock's month of a year without data.
/// </summary>
public static class PublicationMonth
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    /// <summary>Why <paramref name="month"/> of <paramref name="year"/> cannot be published now, or null when it can.</summary>
    public static string? Refusal(DatabaseTarget target, int year, int month)
    {
        var asOf = DataAsOf.LastCut(target, year);
        var dataMonth = DataAsOf.Month(asOf, year);
        if (asOf is null || dataMonth is null)
        {
            return $"No hay datos de {year}: cargue los cortes SIMAT y ejecute 'permanencia recompute --year {year}' antes de publicar.";
        }

        if (month == dataMonth)
        {
            return null;
        }

        var asked = MonthName(month);
        var cut = asOf.Value.ToString("dd/MM/yyyy", Colombia);
        if (month > dataMonth)
        {
            return $"Los datos de {year} llegan al corte del {cut}: todavía no hay datos de {asked}.";
        }

        var lastDay = new DateOnly(year, month, DateTime.DaysInMonth(year, month)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"Los resultados calculados de {year} están al corte del {cut}, no a {asked}: para publicar {asked}, recalcule primero con " +
            $"'permanencia recompute --year {year} --until {lastDay}', o publique sin --month.";
    }

    /// <summary>The latest school year with data and the month it stands at, or null when nothing is loaded.</summary>
    public static (int Year, int Month)? Latest(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return DataAsOf.LatestYear(target) is { } year && DataAsOf.Month(DataAsOf.LastCut(target, year), year) is { } month ? (year, month) : null;
    }

    private static string MonthName(int month) => Colombia.DateTimeFormat.GetMonthName(month);
}
