using System.Data.Common;
using Dapper;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>
/// docs/design.md §5 rule 9 over the cells of one read: keeps the cells whose institution (the attributed placement's,
/// or the one left for a transfer) is of the chosen sector. Without a choice, the official sector as soon as any
/// institution has a SECTOR loaded, for every table alike, so a municipal total is always the sum of the institutions
/// shown beside it (joint suppression depends on that).
/// </summary>
internal sealed class SectorFilter
{
    private readonly Dictionary<string, IndicatorSector> sectors;

    private SectorFilter(Dictionary<string, IndicatorSector> sectors, IndicatorSector effective)
    {
        this.sectors = sectors;
        Effective = effective;
    }

    public IndicatorSector Effective { get; }

    /// <summary>True when some loaded institution is of another sector, so the read leaves it out.</summary>
    public bool LeavesOut => Effective != IndicatorSector.All && sectors.Values.Any(s => s != Effective);

    public static SectorFilter Read(DbConnection connection, SqlDialect dialect, IndicatorSector? requested)
    {
        var loaded = connection.Query<(string Dane, string? Sector)>(
                SqlScripts.Of(typeof(SectorFilter).Assembly).Read(dialect, "Indicators", "InstitutionSectors"))
            .ToList();
        var sectors = loaded.ToDictionary(r => r.Dane, r => IndicatorSectors.OfLoadedValue(r.Sector), StringComparer.Ordinal);
        var effective = requested ?? (loaded.Any(r => !string.IsNullOrWhiteSpace(r.Sector)) ? IndicatorSector.Oficial : IndicatorSector.All);
        return new SectorFilter(sectors, effective);
    }

    public List<IndicatorCell> Apply(List<IndicatorCell> cells) => Effective == IndicatorSector.All
        ? cells
        : cells.Where(c => sectors.GetValueOrDefault(c.InstitutionDane, IndicatorSector.Oficial) == Effective).ToList();
}
