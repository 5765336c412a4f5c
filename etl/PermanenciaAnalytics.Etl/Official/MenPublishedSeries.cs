using System.Globalization;

namespace PermanenciaAnalytics.Etl.Official;

/// <summary>
/// One territory's published dropout series from a whole MEN file, read in one streaming pass. With the municipal file
/// the territory is the municipality asked; with the departmental file it is that municipality's department (its first
/// two digits). Refuses (<see cref="MenFileRefusedException"/>) a file with two rows of the territory and one year, or
/// no row of the territory at all.
/// </summary>
/// <param name="Kind">Which file it came from.</param>
/// <param name="TerritoryCode">The territory whose rows were kept.</param>
/// <param name="TerritoryName">Its name as the file writes it.</param>
/// <param name="Rates">Years ascending, levels in <see cref="MenRateLevels.Keys"/> order.</param>
public sealed record MenPublishedSeries(MenTerritoryKind Kind, string TerritoryCode, string? TerritoryName, IReadOnlyList<MenPublishedRate> Rates)
{
    public static MenPublishedSeries Read(string path, string municipalityCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(municipalityCode);
        var file = Path.GetFileName(path);
        var byYear = new SortedDictionary<int, MenStatisticsRecord>();
        MenTerritoryKind? kind = null;
        foreach (var record in MenStatisticsReader.Read(path))
        {
            kind = record.Kind;
            if (record.TerritoryCode != Territory(record.Kind, municipalityCode))
            {
                continue;
            }

            if (!byYear.TryAdd(record.Year, record))
            {
                throw MenStatisticsReader.Refused(file, string.Create(CultureInfo.InvariantCulture,
                    $"las líneas {byYear[record.Year].Line} y {record.Line} son las dos del territorio {record.TerritoryCode} en {record.Year}"));
            }
        }

        var territory = Territory(kind ?? MenTerritoryKind.Municipality, municipalityCode);
        if (byYear.Count == 0)
        {
            throw MenStatisticsReader.Refused(file, kind == MenTerritoryKind.Department
                ? $"no tiene ninguna fila del departamento {territory} (el del municipio {municipalityCode})"
                : $"no tiene ninguna fila del municipio {territory}");
        }

        var rates = byYear.Values
            .SelectMany(r => MenRateLevels.Keys.Select(level => new MenPublishedRate(territory, r.Year, level, r.DropoutRates[level])))
            .ToList();
        return new MenPublishedSeries(kind!.Value, territory, byYear.Values.Last().TerritoryName, rates);
    }

    /// <summary>The territory of a file kind that holds <paramref name="municipalityCode"/>.</summary>
    public static string Territory(MenTerritoryKind kind, string municipalityCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(municipalityCode);
        return kind == MenTerritoryKind.Department ? municipalityCode[..2] : municipalityCode;
    }
}
