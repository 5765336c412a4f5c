using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// Lets the publication's assembly (<see cref="PublicationInputBuilder"/>: plan matching, monthly path) read through the
/// web's <see cref="IIndicatorReader"/>, so a page shows the same findings as the publication and any per-viewer rule of
/// the reader (such as small-cell suppression) applies to them as well.
/// </summary>
public sealed class ReaderIndicatorSource(IIndicatorReader reader) : IIndicatorSource
{
    public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension by, string? institutionDane) =>
        reader.Query(year, by, institutionDane);
}
