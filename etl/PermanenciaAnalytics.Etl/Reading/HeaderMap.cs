using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// Where each <see cref="ExtractColumn"/> sits in one file's header, plus the SIMPADE reason-flag columns
/// (<c>SPD_RAZON_DESERC_*</c>) with their reason codes.
/// </summary>
public sealed class HeaderMap
{
    private const string ReasonPrefix = "SPD RAZON DESERC ";

    private readonly int[] _indexes;

    private HeaderMap(int[] indexes, IReadOnlyList<string> headers, IReadOnlyList<(int Index, string Code)> reasonColumns)
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
        var indexes = Enumerable.Repeat(-1, columnCount).ToArray();
        var priorities = Enumerable.Repeat(int.MaxValue, columnCount).ToArray();
        var reasons = new List<(int, string)>();
        for (var i = 0; i < headers.Count; i++)
        {
            var key = TextKey.Normalize(headers[i]);
            if (key.StartsWith(ReasonPrefix, StringComparison.Ordinal))
            {
                reasons.Add((i, key[ReasonPrefix.Length..].Replace(' ', '_')));
                continue;
            }

            if (ColumnAliases.ByKey.TryGetValue(key, out var match) && match.Priority < priorities[(int)match.Column])
            {
                indexes[(int)match.Column] = i;
                priorities[(int)match.Column] = match.Priority;
            }
        }

        return new HeaderMap(indexes, headers.ToArray(), reasons);
    }

    public bool Has(ExtractColumn column) => _indexes[(int)column] >= 0;

    /// <summary>The field index of a column, or −1 when the header lacks it.</summary>
    public int IndexOf(ExtractColumn column) => _indexes[(int)column];
}
