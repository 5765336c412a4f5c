using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>The grade table as a download, in the same XLSX layout the publications write.</summary>
public static class GradeTableExport
{
    public static byte[] Xlsx(IReadOnlyList<IndicatorRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var folder = Directory.CreateTempSubdirectory("permanencia-export-");
        try
        {
            var path = Path.Combine(folder.FullName, "indicadores.xlsx");
            GradeTableFiles.WriteGradesXlsx(path, rows);
            return File.ReadAllBytes(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
