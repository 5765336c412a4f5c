using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>
/// Writes a chart as PNG and SVG side by side (<c>name.png</c>, <c>name.svg</c>). The SVG names the embedded font's own
/// family ("DejaVu Sans") and places every glyph at a fixed x, so a reader without that font sees overlapping or
/// misplaced letters; it therefore carries an <c>@font-face</c> pointing at
/// the font files that <see cref="WriteFonts"/> puts once in the publication (<c>fuentes/</c>): the text looks the same
/// as in the PNG on any machine, and the font is not copied into every SVG (740 KB each).
/// </summary>
public static partial class ChartFile
{
    public const int DefaultWidth = 900;
    public const int DefaultHeight = 520;

    /// <summary>The folder, under a publication's version folder, that holds the SVGs' font files.</summary>
    public const string FontFolder = "fuentes";

    /// <summary>The family the SVG's text elements name: the embedded typeface's real name.</summary>
    public const string SvgFontFamily = "DejaVu Sans";

    private const string RegularFont = "DejaVuSans.ttf";
    private const string BoldFont = "DejaVuSans-Bold.ttf";

    /// <summary>Saves <paramref name="plot"/> as <c>name.png</c> and <c>name.svg</c>; <paramref name="fontFolderHref"/> is the relative URL from
    /// <paramref name="folder"/> to the <see cref="FontFolder"/> (e.g. <c>../fuentes</c>).</summary>
    public static (string Png, string Svg) Save(Plot plot, string folder, string name, int width = DefaultWidth, int height = DefaultHeight, string fontFolderHref = FontFolder)
    {
        ArgumentNullException.ThrowIfNull(plot);
        Directory.CreateDirectory(folder);
        var png = Path.Combine(folder, name + ".png");
        var svg = Path.Combine(folder, name + ".svg");
        File.WriteAllBytes(png, plot.GetImageBytes(width, height, ImageFormat.Png));
        File.WriteAllText(svg, WithFontFace(StableClipIds(plot.GetSvgXml(width, height)), fontFolderHref));
        return (png, svg);
    }

    /// <summary>Writes the chart font files into <c>versionFolder/fuentes</c>, once per publication.</summary>
    public static void WriteFonts(string versionFolder)
    {
        var fonts = Path.Combine(versionFolder, FontFolder);
        Directory.CreateDirectory(fonts);
        foreach (var (resource, file) in new[] { (EmbeddedFontResolver.RegularResource, RegularFont), (EmbeddedFontResolver.BoldResource, BoldFont) })
        {
            using var source = typeof(ChartFile).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Missing embedded font {resource}.");
            using var target = File.Create(Path.Combine(fonts, file));
            source.CopyTo(target);
        }
    }

    /// <summary>Adds the <c>@font-face</c> rules of the chart font right after the opening <c>&lt;svg&gt;</c> tag.</summary>
    internal static string WithFontFace(string svg, string fontFolderHref)
    {
        var open = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = open < 0 ? -1 : svg.IndexOf('>', open);
        if (end < 0)
        {
            return svg;
        }

        var href = fontFolderHref.TrimEnd('/');
        var style = $"<defs><style>@font-face{{font-family:'{SvgFontFamily}';src:url('{href}/{RegularFont}') format('truetype');font-weight:normal}}"
            + $"@font-face{{font-family:'{SvgFontFamily}';src:url('{href}/{BoldFont}') format('truetype');font-weight:bold}}</style></defs>";
        return svg.Insert(end + 1, style);
    }

    /// <summary>
    /// ScottPlot numbers SVG clip paths from a process-wide counter (<c>cl_2a</c>), so the same chart drawn later in the
    /// process gets other ids; renumbering them by order of appearance makes the file depend on the chart only.
    /// </summary>
    internal static string StableClipIds(string svg)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, match =>
        {
            if (!map.TryGetValue(match.Value, out var stable))
            {
                stable = "clip" + (map.Count + 1).ToString(CultureInfo.InvariantCulture);
                map[match.Value] = stable;
            }

            return stable;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-fA-F]+\b")]
    private static partial Regex ClipId();
}
