using System.Globalization;
using PermanenciaAnalytics.Core.Risk;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// What the risk page is narrowed to (<c>?banda=alto|medio|bajo|todas</c>, <c>?grado=</c>), on the server. Without a
/// band the page shows the <i>alto</i> band: the students to look at first. An unknown value filters nothing.
/// </summary>
/// <param name="Band">The band kept, or null for all.</param>
/// <param name="Grade">The grade kept, if any.</param>
public sealed record RiskFilter(RiskBand? Band, int? Grade)
{
    public const string AllBands = "todas";

    public static RiskFilter Parse(string? band, string? grade) => new(
        band switch
        {
            null or "" or "alto" => RiskBand.Alto,
            "medio" => RiskBand.Medio,
            "bajo" => RiskBand.Bajo,
            _ => null,
        },
        int.TryParse(grade, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var g) ? g : null);

    public IReadOnlyList<RiskCandidate> Apply(IReadOnlyList<RiskCandidate> candidates) =>
        [.. candidates.Where(c => (Band is null || c.Band == Band) && (Grade is null || c.Grade == Grade))];

    /// <summary>The band's URL value (<c>todas</c> when none).</summary>
    public string BandValue => Band is { } b ? RiskBandNames.Code(b) : AllBands;

    /// <summary>The filter as a query string (without <c>anio</c>), for the page links.</summary>
    public string Query => "banda=" + BandValue + (Grade is { } g ? "&grado=" + g.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>For the audit line: filter values only, never a student.</summary>
    public string Describe() => "banda " + BandValue + (Grade is { } g ? ", grado " + g.ToString(CultureInfo.InvariantCulture) : "");
}
