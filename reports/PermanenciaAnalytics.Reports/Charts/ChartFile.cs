using ScottPlot;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>Writes a chart as PNG and SVG side by side (<c>name.png</c>, <c>name.svg</c>).</summary>
public static class ChartFile
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
        File.WriteAllText(svg, plot.GetSvgXml(width, height));
        return (png, svg);
    }
}
