using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using ScottPlot;

namespace PermanenciaAnalytics.App.Web.Charts;

/// <summary>
/// Bar chart of the dropout rate by grade for one institution (PNG, Spanish labels, y from zero). A stand-in until
/// the charts engineer's renderer lands on this branch.
/// </summary>
public static class GradeRateChart
{
    private const string FontName = "DejaVu Sans";

    public static byte[] RenderPng(string title, IReadOnlyList<IndicatorRow> gradeRows, int width = 800, int height = 420)
    {
        ArgumentNullException.ThrowIfNull(gradeRows);
        var rows = gradeRows.Where(r => r.Grade is not null).OrderBy(r => r.Grade).ToList();
        var plot = new Plot();
        // ScottPlot's default face resolved to a serif here; DejaVu Sans is on the Debian images (fonts-dejavu-core).
        // The charts engineer's renderer ships and registers its own font; this stand-in relies on the system one.
        plot.Font.Set(FontName);
        var positions = Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray();
        var bars = rows.Select((r, i) => new Bar
        {
            Position = i,
            Value = (double)(r.DropoutRate ?? 0m),
            FillColor = Colors.SteelBlue,
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(positions, rows.Select(r => GradeCatalog.DisplayName(r.Grade!.Value)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = Colors.Black;
        plot.Axes.Bottom.Label.Text = "Grado";
        plot.Axes.Margins(bottom: 0);
        var maxRate = rows.Count == 0 ? 0 : rows.Max(r => (double)(r.DropoutRate ?? 0m));
        plot.Axes.SetLimitsY(0, Math.Max(5, maxRate * 1.15));
        plot.Title(title);
        plot.YLabel("Tasa de deserción (%)");
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
