using System.Globalization;

namespace PermanenciaAnalytics.Reports.Publishing.Formatting;

/// <summary>es-CO formatting for published pages (machine CSV uses the invariant culture instead).</summary>
internal static class PublicationFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("es-CO");

    public const string SuppressedMark = "reservado";

    public static string Count(long value) => value.ToString("#,0", Culture);

    public static string Rate(decimal? value) => value is { } v ? v.ToString("0.00", Culture) + " %" : "s. d.";
}
