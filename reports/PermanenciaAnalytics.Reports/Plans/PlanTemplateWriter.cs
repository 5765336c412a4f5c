using ClosedXML.Excel;
using CsvHelper;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Core.Simpade;
using PermanenciaAnalytics.Reports.Files;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// Writes the plan template (<c>plan template --out DIR</c>): a CSV per part (<c>;</c>, UTF-8 with BOM, Spanish headers,
/// one example row), the list of SIMPADE reason codes, and <c>plan_permanencia.xlsx</c> with a sheet per part and
/// drop-down validation lists taken from a «Listas» sheet.
/// </summary>
public static class PlanTemplateWriter
{
    public const string WorkbookFile = "plan_permanencia.xlsx";
    public const string ListsSheet = "Listas";
    private const int ValidatedRows = 500;

    public static IReadOnlyList<string> Write(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var part in PlanLayout.Parts)
        {
            var path = Path.Combine(folder, part.FileName);
            WriteCsv(path, part.Columns.Select(PlanLayout.HeaderText).ToArray(), [part.Example.ToArray()]);
            written.Add(path);
        }

        var reasons = Path.Combine(folder, PlanCsvReader.ReasonListFile);
        WriteCsv(reasons, ["Código", "Razón", "Categoría"],
            SimpadeReasonCatalog.All.Select(r => new[] { r.Code, r.Label, RiskFactorCategoryNames.Label(r.Category) }).ToList());
        written.Add(reasons);

        var workbook = Path.Combine(folder, WorkbookFile);
        WriteWorkbook(workbook);
        written.Add(workbook);
        return written;
    }

    private static void WriteCsv(string path, string[] header, IReadOnlyList<string[]> rows)
    {
        using var writer = CsvWriter.ToFile(path, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true });
        writer.WriteHeader(header);
        foreach (var row in rows)
        {
            writer.WriteRecord(row);
        }
    }

    private static void WriteWorkbook(string path) => File.WriteAllBytes(path, WorkbookBytes());

    /// <summary>The template workbook: a sheet per part and drop-down lists from «Listas» (the same bytes every time).</summary>
    public static byte[] WorkbookBytes()
    {
        using var workbook = new XLWorkbook();
        foreach (var part in PlanLayout.Parts)
        {
            var sheet = workbook.Worksheets.Add(part.SheetName);
            for (var c = 0; c < part.Columns.Count; c++)
            {
                sheet.Cell(1, c + 1).SetValue(PlanLayout.HeaderText(part.Columns[c]));
                // Text format keeps DANE codes and grade lists ("6, 7") exactly as typed.
                sheet.Cell(2, c + 1).Style.NumberFormat.Format = "@";
                sheet.Cell(2, c + 1).SetValue(part.Example[c]);
            }

            sheet.Row(1).Style.Font.Bold = true;
            sheet.Columns(1, part.Columns.Count).Width = 28;
        }

        var lists = workbook.Worksheets.Add(ListsSheet);
        var listRanges = new Dictionary<PlanValueList, IXLRange>
        {
            [PlanValueList.Category] = WriteList(lists, 1, "Categoría", RiskFactorCategoryNames.Labels),
            [PlanValueList.StrategyType] = WriteList(lists, 2, "Tipo de estrategia", StrategyTypeNames.Labels),
            [PlanValueList.Month] = WriteList(lists, 3, "Mes", SpanishMonths.Names),
        };
        WriteList(lists, 4, "Código de razón SIMPADE", SimpadeReasonCatalog.All.Select(r => r.Code).ToList());
        WriteList(lists, 5, "Razón", SimpadeReasonCatalog.All.Select(r => r.Label).ToList());
        WriteList(lists, 6, "Categoría de la razón", SimpadeReasonCatalog.All.Select(r => RiskFactorCategoryNames.Label(r.Category)).ToList());

        foreach (var part in PlanLayout.Parts)
        {
            var sheet = workbook.Worksheet(part.SheetName);
            for (var c = 0; c < part.Columns.Count; c++)
            {
                if (listRanges.TryGetValue(part.Columns[c].List, out var source))
                {
                    sheet.Range(2, c + 1, ValidatedRows, c + 1).SetDataValidation().List(source, true);
                }
            }
        }

        return DeterministicXlsx.Bytes(workbook, "Plan Institucional de Permanencia Escolar");
    }

    private static IXLRange WriteList(IXLWorksheet sheet, int column, string title, IReadOnlyList<string> values)
    {
        sheet.Cell(1, column).SetValue(title);
        sheet.Cell(1, column).Style.Font.Bold = true;
        for (var i = 0; i < values.Count; i++)
        {
            sheet.Cell(i + 2, column).SetValue(values[i]);
        }

        return sheet.Range(2, column, values.Count + 1, column);
    }
}
