using PermanenciaAnalytics.Core.Simpade;
using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>
/// Where each <see cref="ExtractColumn"/> sits in one file's header, plus the SIMPADE reason-flag columns
/// (<c>SPD_RAZON_DESERC_*</c>) with their reason codes.
/// </summary>
public sealed class HeaderMap
{
    private const string ReasonPrefix = "SPD RAZON DESERC ";
    private const string SimpadePrefix = "SPD ";

    private readonly int[][] _indexes;

    private HeaderMap(int[][] indexes, IReadOnlyList<string> headers, IReadOnlyList<(int Index, string Code)> reasonColumns,
        IReadOnlyList<MonthlyAttendanceColumns> attendance, bool hasSimpadeColumns, bool isAnexoLayout)
    {
        IsAnexoLayout = isAnexoLayout;
        _indexes = indexes;
        Headers = headers;
        ReasonColumns = reasonColumns;
        MonthlyAttendance = attendance;
        HasSimpadeColumns = hasSimpadeColumns;
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Reason flag columns: index in the record and code (the normalised suffix, spaces as <c>_</c>).</summary>
    public IReadOnlyList<(int Index, string Code)> ReasonColumns { get; }

    /// <summary>SIMPADE's month-by-month follow-up (<c>04_ATENDIDO</c>, <c>04_CODIGO_SED</c> … <c>11_…</c>), by month.</summary>
    public IReadOnlyList<MonthlyAttendanceColumns> MonthlyAttendance { get; }

    /// <summary>
    /// Whether the header has a column only SIMPADE writes (<c>SPD_*</c>): how a SIMPADE extract is told from a SIMAT one,
    /// with or without student identity.
    /// </summary>
    public bool HasSimpadeColumns { get; }

    /// <summary>
    /// Whether the header is an Anexo 6A / 5A / 13A matrícula file (MEN's <c>ANO_INF</c> with <c>CONS_SEDE</c> or
    /// <c>DANE_ANTERIOR</c>) with no <c>ESTADO</c>: such a file lists the students enrolled at its cut, so every row
    /// is MATRICULADO (domain.md §1.2). A reporte plano without ESTADO is still refused.
    /// </summary>
    public bool IsAnexoLayout { get; }

    public static HeaderMap Build(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var columnCount = Enum.GetValues<ExtractColumn>().Length;
        var found = Enumerable.Range(0, columnCount).Select(_ => new List<(int Priority, int Index)>()).ToArray();
        var reasons = new List<(int, string)>();
        var attended = new Dictionary<int, int>();
        var secretariats = new Dictionary<int, int>();
        var hasSimpade = false;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var key = TextKey.Normalize(headers[i]);
            hasSimpade |= key.StartsWith(SimpadePrefix, StringComparison.Ordinal);
            keys.Add(key);
            if (MonthlyAttendanceColumns.TryParseHeader(key, out var month, out var isSecretariat))
            {
                (isSecretariat ? secretariats : attended).TryAdd(month, i);
                continue;
            }

            if (key.StartsWith(ReasonPrefix, StringComparison.Ordinal))
            {
                reasons.Add((i, ReasonCategories.StoredCode(key[ReasonPrefix.Length..])));
                continue;
            }

            if (ColumnAliases.ByKey.TryGetValue(key, out var match))
            {
                found[(int)match.Column].Add((match.Priority, i));
            }
        }

        var indexes = found.Select(list => list.OrderBy(f => f.Priority).ThenBy(f => f.Index).Select(f => f.Index).ToArray()).ToArray();
        var attendance = attended.Keys.Order()
            .Select(month => new MonthlyAttendanceColumns(month, attended[month], secretariats.GetValueOrDefault(month, -1)))
            .ToArray();
        var isAnexo = !hasSimpade && indexes[(int)ExtractColumn.Status].Length == 0
            && keys.Contains("ANO INF") && (keys.Contains("CONS SEDE") || keys.Contains("DANE ANTERIOR"));
        return new HeaderMap(indexes, headers.ToArray(), reasons, attendance, hasSimpade, isAnexo);
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
