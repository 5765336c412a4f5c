using System.IO.Compression;
using ClosedXML.Excel;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>
/// Saves a ClosedXML workbook so that the same content gives the same bytes: document properties get fixed values
/// (ClosedXML stamps the current time into docProps/core.xml) and the ZIP is rewritten with entries in name order and
/// a fixed timestamp (the packaging layer stamps every entry with the time of saving).
/// </summary>
public static class DeterministicXlsx
{
    private static readonly DateTime FixedTime = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static void Save(XLWorkbook workbook, string path, string title)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        workbook.Properties.Author = "PermanenciaAnalytics";
        workbook.Properties.LastModifiedBy = "PermanenciaAnalytics";
        workbook.Properties.Title = title;
        workbook.Properties.Company = "Secretaría de Educación";
        workbook.Properties.Created = FixedTime;
        workbook.Properties.Modified = FixedTime;
        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        File.WriteAllBytes(path, Normalize(saved.ToArray()));
    }

    /// <summary>Rewrites a ZIP with entries sorted by name and stamped with a fixed time.</summary>
    public static byte[] Normalize(byte[] zip)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries.Add((entry.FullName, copy.ToArray()));
            }
        }

        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Office writes it; the rest in ordinal name order.
            foreach (var (name, data) in entries.OrderBy(e => e.Name == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal))
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }
}
