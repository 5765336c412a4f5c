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
            GradeTableFiles.WriteGrades(folder.FullName, "indicadores", rows);
            return File.ReadAllBytes(Path.Combine(folder.FullName, "indicadores.xlsx"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
