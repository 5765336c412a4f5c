using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PermanenciaAnalytics.Testing;

/// <summary>
/// Hostile XLSX files made from a real workbook (its parts copied, one part swapped): a decompression bomb, the same
/// bomb with sizes that lie, a "billion laughs" entity expansion, a ZIP with thousands of parts, and a cut-off file.
/// </summary>
public static class HostileWorkbooks
{
    private const string SheetPart = "xl/worksheets/sheet1.xml";

    /// <summary>A ZIP whose sheet part inflates to <paramref name="inflatedBytes"/> of XML whitespace (1 GiB ≈ 1 MB on disk).</summary>
    public static string Bomb(string path, long inflatedBytes = 1L << 30)
    {
        using (var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
        {
            AddText(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            var entry = zip.CreateEntry(SheetPart, CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            stream.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < inflatedBytes; written += spaces.Length)
            {
                stream.Write(spaces);
            }

            stream.Write("</worksheet>"u8);
        }

        return path;
    }

    /// <summary>
    /// <see cref="Bomb"/> whose headers claim the sheet is 4 KB, so only counting the inflated bytes catches it.
    /// </summary>
    public static string LyingBomb(string path, long inflatedBytes = 256L << 20)
    {
        Bomb(path, inflatedBytes);
        var bytes = File.ReadAllBytes(path);
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), 4096); // local header: uncompressed size
            }
            else if (signature == 0x02014b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), 4096); // central directory: uncompressed size
            }
        }

        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The real workbook with its <c>xl/workbook.xml</c> replaced by a nine-level entity expansion.</summary>
    public static string BillionLaughs(string realWorkbook, string path)
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE workbook [\n<!ENTITY lol0 \"lol\">\n");
        for (var level = 1; level <= 9; level++)
        {
            dtd.Append("<!ENTITY lol").Append(level).Append(" \"")
                .Append(string.Concat(Enumerable.Repeat($"&lol{level - 1};", 10))).Append("\">\n");
        }

        dtd.Append("]>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"&lol9;\" sheetId=\"1\"/></sheets></workbook>");
        return ReplacePart(realWorkbook, path, "xl/workbook.xml", dtd.ToString());
    }

    /// <summary>The real workbook plus <paramref name="extraEntries"/> empty parts.</summary>
    public static string ManyEntries(string realWorkbook, string path, int extraEntries = 5000)
    {
        File.Copy(realWorkbook, path, overwrite: true);
        using var zip = new ZipArchive(new FileStream(path, FileMode.Open, FileAccess.ReadWrite), ZipArchiveMode.Update);
        for (var i = 0; i < extraEntries; i++)
        {
            zip.CreateEntry($"customXml/item{i}.xml");
        }

        return path;
    }

    /// <summary>The first <paramref name="fraction"/> of the real workbook's bytes (an interrupted copy).</summary>
    public static string Truncated(string realWorkbook, string path, double fraction = 0.5)
    {
        var bytes = File.ReadAllBytes(realWorkbook);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * fraction)]);
        return path;
    }

    /// <summary>The real workbook with one part's text replaced.</summary>
    public static string ReplacePart(string realWorkbook, string path, string part, string text)
    {
        using var source = ZipFile.OpenRead(realWorkbook);
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            if (entry.FullName == part)
            {
                AddText(zip, part, text);
                continue;
            }

            using var from = entry.Open();
            using var to = zip.CreateEntry(entry.FullName).Open();
            from.CopyTo(to);
        }

        return path;
    }

    private static void AddText(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
