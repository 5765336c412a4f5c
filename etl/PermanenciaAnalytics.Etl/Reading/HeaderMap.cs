using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// Where each <see cref="ExtractColumn"/> sits in one file's header, plus the SIMPADE reason-flag columns
/// (<c>SPD_RAZON_DESERC_*</c>) with their reason codes.
/// </summary>
public sealed class HeaderMap
{
    private const string ReasonPrefix = "SPD RAZON DESERC ";

    private readonly int[][] _indexes;

    private HeaderMap(int[][] indexes, IReadOnlyList<string> headers, IReadOnlyList<(int Index, string Code)> reasonColumns)
    {
        _indexes = indexes;
        Headers = headers;
        ReasonColumns = reasonColumns;
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Reason flag columns: index in the record and code (the normalised suffix, spaces as <c>_</c>).</summary>
    public IReadOnlyList<(int Index, string Code)> ReasonColumns { get; }

    public static HeaderMap Build(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var columnCount = Enum.GetValues<ExtractColumn>().Length;
        var found = Enumerable.Range(0, columnCount).Select(_ => new List<(int Priority, int Index)>()).ToArray();
        var reasons = new List<(int, string)>();
        for (var i = 0; i < headers.Count; i++)
        {
            var key = TextKey.Normalize(headers[i]);
            if (key.StartsWith(ReasonPrefix, StringComparison.Ordinal))
            {
                reasons.Add((i, key[ReasonPrefix.Length..].Replace(' ', '_')));
                continue;
            }

            if (ColumnAliases.ByKey.TryGetValue(key, out var match))
            {
                found[(int)match.Column].Add((match.Priority, i));
            }
        }

        var indexes = found.Select(list => list.OrderBy(f => f.Priority).ThenBy(f => f.Index).Select(f => f.Index).ToArray()).ToArray();
        return new HeaderMap(indexes, headers.ToArray(), reasons);
    }

    public bool Has(ExtractColumn column) => _indexes[(int)column].Length > 0;

    /// <summary>The field index of a column's preferred alias, or −1 when the header lacks it.</summary>
    public int IndexOf(ExtractColumn column) => _indexes[(int)column] is { Length: > 0 } found ? found[0] : -1;

    /// <summary>
    /// Every field index holding an alias of the column, preferred first: a blank preferred field falls back to the
    /// next (SIMPADE has an empty <c>NOMBRE_ESTABLECIMIENTO</c> beside a filled <c>SPD_NOM_ESTABLECIMIENTO</c>).
    /// </summary>
    public IReadOnlyList<int> IndexesOf(ExtractColumn column) => _indexes[(int)column];
}
