using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>Shared look of the charts: embedded font, es-CO numbers, percentages with "%", y from zero.</summary>
internal static class ChartStyle
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("es-CO");

    public static readonly Color Institution = Color.FromHex("#1F5C99");
    public static readonly Color Municipal = Color.FromHex("#8C8C8C");
    public static readonly Color Target = Color.FromHex("#C0392B");
    public static readonly Color FollowUp = Color.FromHex("#27864A");
    public static readonly Color OnTime = Color.FromHex("#27864A");
    public static readonly Color Late = Color.FromHex("#E08E0B");
    public static readonly Color Missing = Color.FromHex("#C0392B");

    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(ChartFonts.FamilyName);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    public static string Percent(double value) => value.ToString("0.##", Culture) + " %";

    public static string Percent(decimal value) => value.ToString("0.00", Culture) + " %";

    public static string Count(double value) => value.ToString("#,0", Culture);

    /// <summary>Y axis from zero with headroom above the highest value, labelled as percentages.</summary>
    public static void PercentAxisFromZero(Plot plot, double maxValue)
    {
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = Percent };
        plot.Axes.SetLimitsY(0, NiceTop(maxValue));
    }

    public static void CountAxisFromZero(Plot plot, double maxValue)
    {
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = Count, IntegerTicksOnly = true };
        plot.Axes.SetLimitsY(0, NiceTop(maxValue));
    }

    /// <summary>Fixed ticks with text labels (grades, months, institutions).</summary>
    public static void LabelledTicks(IAxis axis, IReadOnlyList<double> positions, IReadOnlyList<string> labels) =>
        axis.TickGenerator = new NumericManual(positions.ToArray(), labels.ToArray());

    /// <summary>
    /// Turns a chart with nothing to draw into a clear notice (no empty axes or white boxes that read as a broken
    /// image): the title stays, axes and grid go, and the message sits in the middle.
    /// </summary>
    public static void ShowNoData(Plot plot, string message)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.HideAxesAndGrid();
        plot.HideLegend();
        var notice = plot.Add.Annotation(message, Alignment.MiddleCenter);
        notice.LabelFontSize = 20;
        notice.LabelFontColor = Color.FromHex("#4A5563");
        notice.LabelBackgroundColor = Colors.White;
        notice.LabelBorderColor = Colors.Transparent;
        notice.LabelShadowColor = Colors.Transparent;
    }

    /// <summary>
    /// An institution's name without the words every name starts with, so a chart shows what tells schools apart:
    /// "INSTITUCIÓN EDUCATIVA SIMÓN BOLÍVAR" → "IE SIMÓN BOLÍVAR", "COLEGIO SANTO ÁNGEL" → "COL. SANTO ÁNGEL".
    /// </summary>
    public static string ShortInstitutionName(string name, int maxLength = 40)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        foreach (var (prefix, abbreviation) in InstitutionPrefixes)
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = abbreviation + trimmed[prefix.Length..].TrimStart();
                break;
            }
        }

        return trimmed.Length <= maxLength ? trimmed : trimmed[..(maxLength - 1)].TrimEnd() + "…";
    }

    private static readonly (string Prefix, string Abbreviation)[] InstitutionPrefixes =
    [
        ("INSTITUCIÓN EDUCATIVA ", "IE "), ("INSTITUCION EDUCATIVA ", "IE "), ("I.E. ", "IE "), ("CENTRO EDUCATIVO ", "CE "), ("COLEGIO ", "COL. "),
    ];

    private static double NiceTop(double maxValue) => maxValue <= 0 ? 1 : maxValue * 1.15;
}
