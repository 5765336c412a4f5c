using ScottPlot;

namespace PermanenciaAnalytics.Reports.Charts;

/// <summary>
/// Registers the embedded font with ScottPlot once per process and makes it the default, so charts show their text on
/// machines with no fonts installed (stack.md §3: otherwise text silently disappears).
/// </summary>
public static class ChartFonts
{
    /// <summary>Name the embedded DejaVu Sans is registered under; unique so no system font can answer for it.</summary>
    public const string FamilyName = "Permanencia Sans";

    private static readonly Lock Gate = new();
    private static EmbeddedFontResolver? resolver;

    public static EmbeddedFontResolver Resolver
    {
        get
        {
            EnsureRegistered();
            return resolver!;
        }
    }

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (resolver is not null)
            {
                return;
            }

            resolver = new EmbeddedFontResolver();
            Fonts.FontResolvers.Insert(0, resolver);
            Fonts.Default = FamilyName;
        }
    }
}
