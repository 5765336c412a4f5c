using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>How a column's values are written: Colombian Excel reads each of them as the right type.</summary>
public enum ExportKind
{
    Text,
    Count,

    /// <summary>A percentage such as 5.51 (meaning 5,51 %): "5,51" in CSV, 0.0551 formatted as a percent in XLSX.</summary>
    Rate,
    Date,
}

public sealed record ExportColumn(string Header, ExportKind Kind = ExportKind.Text);

/// <summary>
/// A table a page shows, as the same rows and Spanish labels, for download. Cells are <see cref="string"/>,
/// <see cref="long"/>, <see cref="decimal"/> (a rate in percent), <see cref="double"/> (another measure, such as a median of days), <see cref="DateOnly"/> or null; a reserved cell is
/// the text <c>reservado</c>, never a number.
/// </summary>
public sealed record ExportTable(string FileStem, string Title, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    public const string Reserved = "reservado";

    public static readonly ExportColumn[] CountColumns =
        [new("Matriculados", ExportKind.Count), new("Desertores", ExportKind.Count), new("Tasa de deserción (%)", ExportKind.Rate)];

    public static readonly ExportColumn[] CountColumnsWithTransfers = [.. CountColumns, new("Traslados", ExportKind.Count)];

    /// <summary>Matriculados, desertores, tasa (and traslados) of a row; "reservado" in each when the row is suppressed.</summary>
    public static object?[] Counts(IndicatorRow row, bool withTransfers)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Suppressed)
        {
            return withTransfers ? [Reserved, Reserved, Reserved, Reserved] : [Reserved, Reserved, Reserved];
        }

        object?[] counts = [(long)row.Enrolled, (long)row.Dropouts, row.DropoutRate];
        return withTransfers ? [.. counts, (long)row.TransfersOut] : counts;
    }

    /// <summary>A rate cell: the rate, "reservado", or empty for no data.</summary>
    public static object? RateOf(IndicatorRow? row) => row switch
    {
        null => null,
        { Suppressed: true } => Reserved,
        _ => row.DropoutRate,
    };
}
