using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace PermanenciaAnalytics.Reports.Files;

/// <summary>
/// Saves a ClosedXML workbook so that the same content gives the same bytes: document properties get fixed values
/// (ClosedXML stamps the current time into docProps/core.xml) and the ZIP is rewritten with entries in name order and
/// a fixed timestamp (the packaging layer stamps every entry with the time of saving). System.IO.Packaging also names
/// package relationships with random ids (<c>R0a1b…</c>, 16 hex digits) and the core-properties part with a random GUID
/// (<c>….psmdcp</c>); those tokens are renumbered in order of appearance.
/// </summary>
public static partial class DeterministicXlsx
{
    private static readonly DateTime FixedTime = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static void Save(XLWorkbook workbook, string path, string title) => File.WriteAllBytes(path, Bytes(workbook, title));

    /// <summary>The workbook's bytes, the same for the same content (what <see cref="Save"/> writes).</summary>
    public static byte[] Bytes(XLWorkbook workbook, string title)
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
        return Normalize(saved.ToArray());
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

        entries = StabilizeRandomNames(entries.OrderBy(e => e.Name, StringComparer.Ordinal).ToList());
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

    private static List<(string Name, byte[] Data)> StabilizeRandomNames(List<(string Name, byte[] Data)> entries)
    {
        var utf8 = new UTF8Encoding(false);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        string Stable(string token, string prefix)
        {
            if (!map.TryGetValue(token, out var stable))
            {
                stable = prefix + (map.Count + 1).ToString("D4", CultureInfo.InvariantCulture);
                map[token] = stable;
            }

            return stable;
        }

        var result = new List<(string Name, byte[] Data)>();
        foreach (var (name, data) in entries)
        {
            var newName = PartGuid().Replace(name, m => Stable(m.Value, "core"));
            if (!IsText(name))
            {
                result.Add((newName, data));
                continue;
            }

            var text = utf8.GetString(data);
            text = RelationshipId().Replace(text, m => Stable(m.Value, "rIdPkg"));
            text = PartGuid().Replace(text, m => Stable(m.Value, "core"));
            result.Add((newName, utf8.GetBytes(text)));
        }

        return result;
    }

    private static bool IsText(string name) =>
        name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal) || name.EndsWith(".psmdcp", StringComparison.Ordinal);

    [GeneratedRegex(@"\bR[0-9a-f]{16}\b")]
    private static partial Regex RelationshipId();

    [GeneratedRegex(@"\b[0-9a-f]{32}(?=\.psmdcp)")]
    private static partial Regex PartGuid();
}
