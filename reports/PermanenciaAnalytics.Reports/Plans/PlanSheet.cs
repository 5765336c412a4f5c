namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>One data row of a plan part: cell text by column header (blank cells are empty strings).</summary>
public sealed record PlanSheetRow(int RowNumber, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string header] => Cells.TryGetValue(header, out var value) ? value : string.Empty;
}

/// <summary>The rows read from one CSV file or XLSX sheet for a part, with where they came from.</summary>
public sealed record PlanSheet(PlanPart Part, string File, string? SheetName, IReadOnlyList<PlanSheetRow> Rows);

/// <summary>
/// A plan as read from its files, before validation: one sheet per part found, the structural errors met while
/// reading (missing parts or columns), and a SHA-256 over the source bytes.
/// </summary>
public sealed record PlanDocument(string Source, IReadOnlyList<PlanSheet> Sheets, IReadOnlyList<PlanCellError> Errors, string Sha256)
{
    public PlanSheet? SheetOf(PlanPart part) => Sheets.FirstOrDefault(s => s.Part == part);
}
