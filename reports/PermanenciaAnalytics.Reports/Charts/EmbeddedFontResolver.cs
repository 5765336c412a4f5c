using ScottPlot;
using SkiaSharp;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>
/// Serves the DejaVu Sans files embedded in this assembly (<c>Fonts/*.ttf</c>) under <see cref="ChartFonts.FamilyName"/>,
/// straight from the resource streams: no font file, fontconfig or installed font is needed.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    internal const string RegularResource = "PermanenciaAnalytics.Reports.Fonts.DejaVuSans.ttf";
    internal const string BoldResource = "PermanenciaAnalytics.Reports.Fonts.DejaVuSans-Bold.ttf";

    private readonly Lazy<SKTypeface> regular = new(() => Load(RegularResource));
    private readonly Lazy<SKTypeface> bold = new(() => Load(BoldResource));

    /// <summary>Number of typefaces this resolver has handed out (tests use it to prove the embedded font was used).</summary>
    public int TypefacesServed { get; private set; }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        Serve(fontName, bold);

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        Serve(fontName, weight >= FontWeight.SemiBold);

    private SKTypeface? Serve(string fontName, bool isBold)
    {
        if (!string.Equals(fontName, ChartFonts.FamilyName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        TypefacesServed++;
        return isBold ? bold.Value : regular.Value;
    }

    private static SKTypeface Load(string resource)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded font {resource} is missing from the Reports assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        // SKData copies the bytes, so the typeface outlives the resource stream.
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Embedded font {resource} could not be read.");
    }
}
