using System.Globalization;
using PermanenciaAnalytics.Reports.Publishing.Html;
using PermanenciaAnalytics.Core.Time;

namespace PermanenciaAnalytics.App.Web.Components.Support;

/// <summary>
/// es-CO formatting for the server-rendered pages. Encoding is the components' job (they encode every value they print);
/// this only turns values into the text they show.
/// </summary>
internal static class Html
{
    public static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    /// <summary>What a suppressed (small) cell shows instead of a count: never 0, which would be a false figure.</summary>
    public const string Reserved = "reservado";

    private const string DateFormat = "dd/MM/yyyy";

    private const string NoRate = "—";

    /// <summary>The plan components shared with the publication, worded as the rest of the web pages (numeric dates, "—").</summary>
    public static readonly PlanWording PlanWording = new(DateFormat, NoRate);

    public static string Url(string? text) => Uri.EscapeDataString(text ?? "");

    public static string Count(long value) => value.ToString("N0", Colombia);

    public static string Rate(decimal? rate) => rate is { } value ? value.ToString("N2", Colombia) + " %" : NoRate;

    /// <summary>A number of days that may be a median (half a day when the middle falls between two cases): "7,5", "—" when none.</summary>
    public static string Days(decimal? days) => days is { } value ? value.ToString("0.#", Colombia) : NoRate;

    public static string Date(DateOnly? date) => date?.ToString(DateFormat, Colombia) ?? "—";

    /// <summary>A stored UTC instant in Bogotá time, as the secretariat reads its clock.</summary>
    public static string DateTime(DateTime utc) => BogotaTime.FromUtc(utc).ToString("dd/MM/yyyy HH:mm", Colombia);

    /// <summary>Years never take a thousands separator.</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
