using System.Globalization;
using System.Text;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// One validation error of a plan file, located as precisely as known: file, sheet (XLSX), row (as a spreadsheet
/// numbers it, header = 1), column header, the offending value and the cause, in Spanish.
/// </summary>
public sealed record PlanCellError(string File, string? Sheet, int? Row, string? Column, string? Value, string Cause)
{
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Sheet is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", hoja «{Sheet}»");
        }

        if (Row is { } row)
        {
            text.Append(CultureInfo.InvariantCulture, $", fila {row}");
        }

        if (Column is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", columna «{Column}»");
        }

        if (Value is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", valor «{Value}»");
        }

        return text.Append(": ").Append(Cause).ToString();
    }
}
