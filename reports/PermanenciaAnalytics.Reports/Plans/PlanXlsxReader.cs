using System.Globalization;
using System.Security.Cryptography;
using ClosedXML.Excel;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// Reads a plan workbook: one sheet per part (<see cref="PlanPart.SheetName"/>), headers in row 1, data from row 2.
/// Dates typed as Excel dates become <c>yyyy-MM-dd</c>; numbers use the invariant culture. The file passes
/// <see cref="WorkbookGuard"/> before ClosedXML opens it (which inflates it whole), and a sheet larger than a plan can be
/// (<see cref="MaxRows"/>, <see cref="MaxColumns"/>: a single far-away cell would otherwise make millions of cells) is an error.
/// </summary>
public static class PlanXlsxReader
{
    public const int MaxRows = 10_000;

    public const int MaxColumns = 200;

    public static PlanDocument Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = Path.GetFileName(path);
        var errors = new List<PlanCellError>();
        var sheets = new List<PlanSheet>();
        string sha;
        using (var content = File.OpenRead(path))
        {
            sha = Convert.ToHexStringLower(SHA256.HashData(content));
        }

        var refusal = WorkbookGuard.Check(path);
        if (refusal is not null)
        {
            errors.Add(new PlanCellError(file, null, null, null, null, refusal));
            return new PlanDocument(path, sheets, errors, sha);
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(path);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A hostile or broken workbook may fail anywhere inside ClosedXML / OpenXML (XmlException, KeyNotFound, …).
            errors.Add(new PlanCellError(file, null, null, null, null, "no es un libro de Excel (.xlsx) legible"));
            return new PlanDocument(path, sheets, errors, sha);
        }

        using (workbook)
        {
            foreach (var part in PlanLayout.Parts)
            {
                if (!workbook.TryGetWorksheet(part.SheetName, out var worksheet))
                {
                    errors.Add(new PlanCellError(file, part.SheetName, null, null, null, "falta esta hoja del plan"));
                    continue;
                }

                sheets.Add(ReadSheet(part, file, worksheet, errors));
            }
        }

        return new PlanDocument(path, sheets, errors, sha);
    }

    private static PlanSheet ReadSheet(PlanPart part, string file, IXLWorksheet worksheet, List<PlanCellError> errors)
    {
        var lastColumn = worksheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        var lastRow = worksheet.LastRowUsed()?.RowNumber() ?? 0;
        if (lastRow > MaxRows || lastColumn > MaxColumns)
        {
            errors.Add(new PlanCellError(file, part.SheetName, null, null, null, string.Create(CultureInfo.InvariantCulture,
                $"la hoja llega a la fila {lastRow} y la columna {lastColumn}; un plan tiene a lo sumo {MaxRows} filas y {MaxColumns} columnas")));
            return new PlanSheet(part, file, part.SheetName, []);
        }

        var headers = Enumerable.Range(1, lastColumn).Select(c => CellText(worksheet.Cell(1, c))).ToList();
        var mapped = PlanHeaderMatcher.Match(part, headers, file, part.SheetName, errors);
        var rows = new List<PlanSheetRow>();
        for (var r = 2; r <= lastRow; r++)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (index, header) in mapped)
            {
                cells[header] = CellText(worksheet.Cell(r, index + 1)).Trim();
            }

            if (cells.Values.Any(v => v.Length > 0))
            {
                rows.Add(new PlanSheetRow(r, cells));
            }
        }

        return new PlanSheet(part, file, part.SheetName, rows);
    }

    private static string CellText(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => cell.GetString(),
    };
}
