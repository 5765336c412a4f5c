using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>The download of a table: <c>csv</c> or <c>xlsx</c>, named after the table and the year, audited.</summary>
public static class ExportResults
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static bool IsFormat(string? format) => format is "csv" or "xlsx";

    /// <summary>The file of <paramref name="table"/>, or 404 for an unknown table or format.</summary>
    public static IResult File(HttpContext context, AuditLog audit, ExportTable? table, string format, string? institutionDane, int? year)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (table is null || !IsFormat(format))
        {
            return Results.NotFound();
        }

        // Counts and the table's name only: never a name or a document, even for a student list.
        WebAudit.Write(context, audit, "exportar_tabla", institutionDane, year, $"tabla {table.FileStem}, {table.Rows.Count} filas, {format}");
        var name = table.FileStem + (institutionDane is null ? "" : "-" + institutionDane) + (year is { } y ? "-" + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "") + "." + format;
        return format == "csv"
            ? Results.File(ExportFiles.Csv(table), CsvContentType, name)
            : Results.File(ExportFiles.Xlsx(table), XlsxContentType, name);
    }
}
