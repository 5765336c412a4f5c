using System.Text.RegularExpressions;
using PermanenciaAnalytics.Core.Text;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Official;

/// <summary>
/// Where each <see cref="MenStatisticsColumn"/> sits in one file's header, found by name, never by position: the
/// departmental file has no MUNICIPIO/ETC columns, so its rates sit four columns to the left of the municipal file's.
/// A header matches in every form it is seen in (domain.md §4.1): with accents (<c>DESERCIÓN_PRIMARIA</c>), without
/// (<c>ANIO</c>, <c>DESERCION</c>), as Socrata API field names (<c>a_o</c>, <c>c_digo_municipio</c>, <c>deserci_n</c>),
/// as UTF-8 read as Windows-1252 (<c>AÃ‘O</c>), with a byte order mark, quotes, spaces or any case.
/// </summary>
public sealed partial class MenStatisticsHeader
{
    private static readonly (MenStatisticsColumn Column, string Published)[] Published =
    [
        (MenStatisticsColumn.Year, "AÑO"),
        (MenStatisticsColumn.MunicipalityCode, "CÓDIGO_MUNICIPIO"),
        (MenStatisticsColumn.MunicipalityName, "MUNICIPIO"),
        (MenStatisticsColumn.DepartmentCode, "CÓDIGO_DEPARTAMENTO"),
        (MenStatisticsColumn.DepartmentName, "DEPARTAMENTO"),
        (MenStatisticsColumn.Population, "POBLACIÓN_5_16"),
        (MenStatisticsColumn.DropoutTotal, "DESERCIÓN"),
        (MenStatisticsColumn.DropoutTransicion, "DESERCIÓN_TRANSICIÓN"),
        (MenStatisticsColumn.DropoutPrimaria, "DESERCIÓN_PRIMARIA"),
        (MenStatisticsColumn.DropoutSecundaria, "DESERCIÓN_SECUNDARIA"),
        (MenStatisticsColumn.DropoutMedia, "DESERCIÓN_MEDIA"),
    ];

    private static readonly (MenStatisticsColumn Column, string Alias)[] ExtraAliases =
    [
        (MenStatisticsColumn.Year, "ANIO"),
        (MenStatisticsColumn.MunicipalityCode, "COD_MUNICIPIO"),
        (MenStatisticsColumn.DepartmentCode, "COD_DEPARTAMENTO"),
    ];

    private static readonly Dictionary<string, MenStatisticsColumn> ByKey = BuildKeys();

    /// <summary>The dropout columns by level key, in <see cref="MenRateLevels.Keys"/> order.</summary>
    public static IReadOnlyList<(string Level, MenStatisticsColumn Column)> DropoutColumns { get; } =
    [
        (MenRateLevels.Keys[0], MenStatisticsColumn.DropoutTotal),
        (MenRateLevels.Keys[1], MenStatisticsColumn.DropoutTransicion),
        (MenRateLevels.Keys[2], MenStatisticsColumn.DropoutPrimaria),
        (MenRateLevels.Keys[3], MenStatisticsColumn.DropoutSecundaria),
        (MenRateLevels.Keys[4], MenStatisticsColumn.DropoutMedia),
    ];

    private readonly Dictionary<MenStatisticsColumn, int> indexes;

    private MenStatisticsHeader(Dictionary<MenStatisticsColumn, int> indexes, int count)
    {
        this.indexes = indexes;
        Count = count;
    }

    /// <summary>Number of columns of the header.</summary>
    public int Count { get; }

    /// <summary>Municipal when the header has CÓDIGO_MUNICIPIO, else departmental.</summary>
    public MenTerritoryKind Kind => Has(MenStatisticsColumn.MunicipalityCode) ? MenTerritoryKind.Municipality : MenTerritoryKind.Department;

    public static MenStatisticsHeader Build(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var indexes = new Dictionary<MenStatisticsColumn, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (ByKey.TryGetValue(Key(headers[i]), out var column))
            {
                indexes.TryAdd(column, i);
            }
        }

        return new MenStatisticsHeader(indexes, headers.Count);
    }

    /// <summary>The published names of the required columns this header lacks (none: the file can be read).</summary>
    public IReadOnlyList<string> MissingRequired()
    {
        var missing = new List<string>();
        if (!Has(MenStatisticsColumn.Year))
        {
            missing.Add(NameOf(MenStatisticsColumn.Year));
        }

        if (!Has(MenStatisticsColumn.MunicipalityCode) && !Has(MenStatisticsColumn.DepartmentCode))
        {
            missing.Add(NameOf(MenStatisticsColumn.MunicipalityCode) + " (o " + NameOf(MenStatisticsColumn.DepartmentCode) + ")");
        }

        missing.AddRange(DropoutColumns.Where(c => !Has(c.Column)).Select(c => NameOf(c.Column)));
        return missing;
    }

    public bool Has(MenStatisticsColumn column) => indexes.ContainsKey(column);

    /// <summary>Index of the column in the record, or -1 when the header lacks it.</summary>
    public int IndexOf(MenStatisticsColumn column) => indexes.TryGetValue(column, out var index) ? index : -1;

    /// <summary>The column's name as MEN publishes it (for messages).</summary>
    public static string NameOf(MenStatisticsColumn column) => Published.First(p => p.Column == column).Published;

    private static string Key(string header) => TextKey.Normalize(MojibakeRepair.Repair(header.Trim().Trim('"')));

    private static Dictionary<string, MenStatisticsColumn> BuildKeys()
    {
        var keys = new Dictionary<string, MenStatisticsColumn>(StringComparer.Ordinal);
        foreach (var (column, name) in Published)
        {
            keys.TryAdd(Key(name), column);
            keys.TryAdd(Key(SocrataField(name)), column);
        }

        foreach (var (column, alias) in ExtraAliases)
        {
            keys.TryAdd(Key(alias), column);
        }

        return keys;
    }

    /// <summary>How Socrata names a column in its API: lower case, every character but a–z and 0–9 as <c>_</c>.</summary>
    private static string SocrataField(string published) => NotSocrataCharacter().Replace(published.ToLowerInvariant(), "_");

    [GeneratedRegex("[^a-z0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex NotSocrataCharacter();
}
