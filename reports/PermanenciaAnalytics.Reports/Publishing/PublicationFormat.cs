using System.Globalization;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>es-CO formatting for published pages (machine CSV uses the invariant culture instead).</summary>
internal static class PublicationFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("es-CO");

    public const string SuppressedMark = "reservado";

    public static string Count(long value) => value.ToString("#,0", Culture);

    public static string Rate(decimal? value) => value is { } v ? v.ToString("0.00", Culture) + " %" : "s. d.";

    /// <summary>Escapes the HTML metacharacters only; accents stay readable UTF-8 (WebUtility would write &amp;#243;).</summary>
    public static string Html(string? text) => (text ?? string.Empty)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
