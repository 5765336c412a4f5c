using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Text;
using PermanenciaAnalytics.Reports.Files;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>
/// The published tables as files: CSV in the invariant culture (docs/design.md §6 columns plus <c>suppressed</c>; a suppressed
/// row has empty counts) and an XLSX with the same content. Suppression must already be applied.
/// </summary>
internal static class GradeTableFiles
{
    private static readonly string[] GradeHeader = ["year", "institution_dane", "grade", "enrolled", "dropouts", "transfers_out", "dropout_rate", "suppressed"];
    private static readonly string[] InstitutionHeader = ["rank", "year", "institution_dane", "institution_name", "enrolled", "dropouts", "transfers_out", "dropout_rate", "plan_status", "suppressed"];

    public static void WriteGrades(string folder, string baseName, IReadOnlyList<IndicatorRow> rows)
    {
        var records = rows.OrderBy(r => r.Grade).Select(r => new[]
        {
            Invariant(r.Year), r.InstitutionDane ?? string.Empty, Invariant(r.Grade ?? 0),
        }.Concat(Counts(r)).ToArray()).ToList();
        WriteCsv(Path.Combine(folder, baseName + ".csv"), GradeHeader, records);
        WriteGradesXlsx(Path.Combine(folder, baseName + ".xlsx"), rows);
    }

    /// <summary>The XLSX half of <see cref="WriteGrades"/>, alone (the web's download needs no CSV).</summary>
    public static void WriteGradesXlsx(string path, IReadOnlyList<IndicatorRow> rows)
    {
        WriteXlsx(path, "Indicadores por grado",
            ["Año", "Código DANE", "Grado", "Matriculados", "Desertores", "Trasladados", "Tasa de deserción (%)", "Reservado"],
            rows.OrderBy(r => r.Grade).Select(r => new object?[]
            {
                r.Year, r.InstitutionDane, GradeCatalog.DisplayName(r.Grade ?? 0),
                r.Suppressed ? null : r.Enrolled, r.Suppressed ? null : r.Dropouts, r.Suppressed ? null : r.TransfersOut,
                r.Suppressed ? null : r.DropoutRate, r.Suppressed ? "sí" : "no",
            }).ToList());
    }

    public static void WriteRanking(string folder, string baseName, IReadOnlyList<Matching.RankedInstitution> ranking)
    {
        var records = ranking.Select(x => new[]
        {
            Invariant(x.Rank), Invariant(x.Indicators.Year), x.Indicators.InstitutionDane ?? string.Empty, x.Indicators.InstitutionName ?? string.Empty,
        }.Concat(Counts(x.Indicators).Take(4)).Append(x.Submission.ToString()).Append(x.Indicators.Suppressed ? "1" : "0").ToArray()).ToList();
        WriteCsv(Path.Combine(folder, baseName + ".csv"), InstitutionHeader, records);
        WriteXlsx(Path.Combine(folder, baseName + ".xlsx"), "Instituciones",
            ["Puesto", "Año", "Código DANE", "Institución", "Matriculados", "Desertores", "Trasladados", "Tasa de deserción (%)", "Estado del plan"],
            ranking.Select(x => new object?[]
            {
                x.Rank, x.Indicators.Year, x.Indicators.InstitutionDane, x.Indicators.InstitutionName,
                x.Indicators.Suppressed ? null : x.Indicators.Enrolled, x.Indicators.Suppressed ? null : x.Indicators.Dropouts,
                x.Indicators.Suppressed ? null : x.Indicators.TransfersOut, x.Indicators.Suppressed ? null : x.Indicators.DropoutRate,
                Core.Plans.PlanSubmission.Label(x.Submission),
            }).ToList());
    }

    private static IEnumerable<string> Counts(IndicatorRow r) => r.Suppressed
        ? [string.Empty, string.Empty, string.Empty, string.Empty, "1"]
        : [Invariant(r.Enrolled), Invariant(r.Dropouts), Invariant(r.TransfersOut), r.DropoutRate?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty, "0"];

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteCsv(string path, string[] header, IReadOnlyList<string[]> records)
    {
        using var writer = CsvWriter.ToFile(path, new CsvWriterOptions { NewLine = "\n" });
        writer.WriteHeader(header);
        foreach (var record in records)
        {
            // Names and codes come from the SIMAT files: formula-looking text is neutralised (CSV injection).
            writer.WriteRecord(record.Select(f => CsvCell.Neutralize(f) ?? string.Empty).ToArray());
        }
    }

    private static void WriteXlsx(string path, string sheetName, string[] header, List<object?[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(header[c]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case string text:
                        cell.SetValue(text);
                        break;
                    case decimal number:
                        cell.SetValue(number);
                        break;
                    case long number:
                        cell.SetValue(number);
                        break;
                    case int number:
                        cell.SetValue(number);
                        break;
                    default:
                        cell.SetValue(Convert.ToString(rows[r][c], CultureInfo.InvariantCulture));
                        break;
                }
            }
        }

        sheet.Columns(1, header.Length).Width = 18;
        DeterministicXlsx.Save(workbook, path, sheetName);
    }
}
