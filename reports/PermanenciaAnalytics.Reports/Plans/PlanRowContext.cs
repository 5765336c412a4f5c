namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>Collects cell errors while the parts of a plan are parsed.</summary>
internal sealed class PlanRowContext(List<PlanCellError> errors)
{
    public List<PlanCellError> Errors { get; } = errors;

    public void Error(PlanSheet sheet, PlanSheetRow row, string column, string? value, string cause) =>
        Errors.Add(new PlanCellError(sheet.File, sheet.SheetName, row.RowNumber, column, value, cause));

    /// <summary>The trimmed cell text, or null after recording an error when it is blank.</summary>
    public string? Required(PlanSheet sheet, PlanSheetRow row, string column)
    {
        var value = row[column];
        if (value.Length > 0)
        {
            return value;
        }

        Error(sheet, row, column, null, "la celda está vacía y es obligatoria");
        return null;
    }
}
