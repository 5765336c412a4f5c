using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Charts;
using PermanenciaAnalytics.Reports.Publishing;
using ScottPlot;

namespace PermanenciaAnalytics.App.Web.Components.Support;

/// <summary>
/// The institution's grade chart (the publication's <see cref="GradeRateChart"/>) and the image map that makes each bar a
/// link. The PNG route and the map build the plot from the same rows at the same pixel size, so an area always lies on
/// its bar.
/// </summary>
internal static class InstitutionGradeChart
{
    public const int Width = 900;
    public const int Height = 480;

    // A bar of 0 % has no height; the link keeps a clickable strip above the axis.
    private const int MinimumAreaHeight = 8;

    public static (Plot Plot, IReadOnlyList<IndicatorRow> Bars) Create(int year, string dane, IIndicatorReader indicators, IPublicationLookups lookups)
    {
        var rows = indicators.ByInstitutionAndGrade(year, dane);
        lookups.Plans(year).TryGetValue(dane, out var plan);
        return Create(dane, year, rows, plan, MunicipalRate(year, indicators));
    }

    /// <summary>The chart from rows the caller already holds (the page reuses what it read for its tables).</summary>
    public static (Plot Plot, IReadOnlyList<IndicatorRow> Bars) Create(string dane, int year, IReadOnlyList<IndicatorRow> byGrade, InstitutionPlan? plan, decimal? municipalRate)
    {
        ArgumentNullException.ThrowIfNull(byGrade);
        // The title comes from the rows in both callers, so the page's map and the PNG share one layout.
        var name = byGrade.Select(r => r.InstitutionName).FirstOrDefault(n => n is not null) ?? dane;
        return (GradeRateChart.Create(name, year, byGrade, plan, municipalRate), GradeRateChart.ChartedRows(byGrade));
    }

    /// <summary>The engine's municipality row, not a sum of rows the viewer received (those may be suppressed).</summary>
    public static decimal? MunicipalRate(int year, IIndicatorReader indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var municipal = indicators.Query(year, IndicatorDimension.Municipality, null);
        return municipal.Count > 0 ? municipal[0].DropoutRate : null;
    }

    public static byte[] Png(Plot plot) => plot.GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>One rectangle per bar, in image pixels (left, top, right, bottom), with the grade it stands for.</summary>
    public static IReadOnlyList<(int Grade, int Left, int Top, int Right, int Bottom)> BarRectangles(Plot plot, IReadOnlyList<IndicatorRow> bars)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(bars);
        // GetPixel answers from the last layout: lay the plot out at the PNG's size first.
        plot.RenderInMemory(Width, Height);

        var rectangles = new List<(int, int, int, int, int)>();
        foreach (var bar in plot.GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(p => p.Bars))
        {
            var index = (int)Math.Round(bar.Position);
            if (index < 0 || index >= bars.Count)
            {
                continue;
            }

            var topLeft = plot.GetPixel(new Coordinates(bar.Position - (bar.Size / 2), bar.Value));
            var bottomRight = plot.GetPixel(new Coordinates(bar.Position + (bar.Size / 2), bar.ValueBase));
            var bottom = (int)Math.Round(bottomRight.Y);
            var top = Math.Min((int)Math.Round(topLeft.Y), bottom - MinimumAreaHeight);
            rectangles.Add((bars[index].Grade!.Value, (int)Math.Round(topLeft.X), top, (int)Math.Round(bottomRight.X), bottom));
        }

        return rectangles;
    }

    /// <summary>The clickable rectangles of the bars, in the pixels of the PNG the chart route draws.</summary>
    public static IReadOnlyList<GradeBarArea> Areas(Plot plot, IReadOnlyList<IndicatorRow> bars)
    {
        var rates = bars.ToDictionary(r => r.Grade!.Value, r => r.DropoutRate);
        return BarRectangles(plot, bars).Select(b => new GradeBarArea(b.Grade, b.Left, b.Top, b.Right, b.Bottom, Html.Rate(rates[b.Grade]))).ToList();
    }
}
