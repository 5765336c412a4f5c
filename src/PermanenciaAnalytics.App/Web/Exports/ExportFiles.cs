using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using PermanenciaAnalytics.Reports.Files;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>
/// Writes an <see cref="ExportTable"/> as the secretariat's Excel opens it: CSV with <c>;</c>, UTF-8 with BOM, CRLF and
/// comma decimals (es-CO), or XLSX with typed cells. Formula-looking text (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) is
/// escaped in the CSV, since names and notes come from extracts and users.
/// </summary>
public static class ExportFiles
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static byte[] Csv(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var output = new MemoryStream();
        using (var writer = CsvWriter.Create(output, new CsvWriterOptions
        {
            Separator = ';',
            WriteByteOrderMark = true,
            NewLine = "\r\n",
            Injection = CsvInjection.Escape,
        }, leaveOpen: true))
        {
            writer.WriteHeader(table.Columns.Select(c => c.Header).ToArray());
            foreach (var row in table.Rows)
            {
                writer.WriteRecord(row.Select(CsvText).ToArray());
            }
        }

        return output.ToArray();
    }

    public static byte[] Xlsx(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(table.FileStem));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(table.Columns[c].Header);
        }

        sheet.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                Write(cell, c < table.Rows[r].Length ? table.Rows[r][c] : null);
                if (table.Columns[c].Kind != ExportKind.Text)
                {
                    // "reservado" and "sin dato" line up with the figures of their column.
                    cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                }
            }
        }

        sheet.SheetView.FreezeRows(1);
        // Widths from the text length: ClosedXML's AdjustToContents measures with system fonts, which a server may lack.
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var longest = table.Rows.Take(500).Select(r => c < r.Length ? CsvText(r[c]).Length : 0).Append(table.Columns[c].Header.Length).Max();
            sheet.Column(c + 1).Width = Math.Clamp(longest + 2, 8, 60);
        }
        return DeterministicXlsx.Bytes(workbook, table.Title);
    }

    private static string CsvText(object? value) => value switch
    {
        null => "",
        string text => text,
        long count => count.ToString(CultureInfo.InvariantCulture),
        int count => count.ToString(CultureInfo.InvariantCulture),
        decimal rate => rate.ToString("0.00", Colombia),
        // A measure that is neither a count nor a percentage (a median of days: 7 or 7,5).
        double measure => measure.ToString("0.#", Colombia),
        DateOnly date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static void Write(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case long count:
                cell.SetValue(count);
                cell.Style.NumberFormat.Format = "#,##0";
                return;
            case int count:
                cell.SetValue(count);
                cell.Style.NumberFormat.Format = "#,##0";
                return;
            case decimal rate:
                cell.SetValue(rate / 100m);
                cell.Style.NumberFormat.Format = "0.00%";
                return;
            case double measure:
                cell.SetValue(measure);
                cell.Style.NumberFormat.Format = "0.0";
                return;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = "dd/mm/yyyy";
                return;
            default:
                // Text as text: a DANE code or a document number must not become a number.
                cell.SetValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    private static string SheetName(string stem)
    {
        var name = new StringBuilder(stem.Length);
        foreach (var ch in stem)
        {
            name.Append(ch is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '-' : ch);
        }

        return name.Length > 31 ? name.ToString(0, 31) : name.ToString();
    }
}
