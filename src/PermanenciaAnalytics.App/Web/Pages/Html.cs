using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Encoding and es-CO formatting for the server-rendered pages.</summary>
internal static class Html
{
    public static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    // Spanish letters stay readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    public static string Attr(string? text) => Encoder.Encode(text ?? "");

    public static string Url(string? text) => Uri.EscapeDataString(text ?? "");

    public static string Count(long value) => value.ToString("N0", Colombia);

    public static string Rate(decimal? rate) => rate is { } value ? value.ToString("N2", Colombia) + " %" : "—";

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", Colombia) ?? "—";

    public static string DateTime(DateTime utc) => utc.ToString("dd/MM/yyyy HH:mm 'UTC'", Colombia);

    /// <summary>Years never take a thousands separator.</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
