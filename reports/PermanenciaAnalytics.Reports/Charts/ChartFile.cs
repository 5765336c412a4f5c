using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>Writes a chart as PNG and SVG side by side (<c>name.png</c>, <c>name.svg</c>).</summary>
public static partial class ChartFile
{
    public const int DefaultWidth = 900;
    public const int DefaultHeight = 520;

    public static (string Png, string Svg) Save(Plot plot, string folder, string name, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        Directory.CreateDirectory(folder);
        var png = Path.Combine(folder, name + ".png");
        var svg = Path.Combine(folder, name + ".svg");
        File.WriteAllBytes(png, plot.GetImageBytes(width, height, ImageFormat.Png));
        File.WriteAllText(svg, StableClipIds(plot.GetSvgXml(width, height)));
        return (png, svg);
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
