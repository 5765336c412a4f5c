using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// Inspects an XLSX (a ZIP of XML parts) before any workbook library opens it, because opening inflates every part into
/// memory: a 1 MB file that inflates to 1 GiB once took the server from 314 MB to 4.5 GB and an OutOfMemoryException.
/// Checks, in order and without trusting the sizes the file declares: the file size, the number of entries (read from
/// the ZIP's end record, before the directory is loaded), each entry's and the total declared size and compression
/// ratio, then streams every entry counting the bytes it really inflates to, and reads each XML part with DTD
/// processing prohibited (a "billion laughs" part declares entities; real workbooks never carry a DTD).
/// Memory stays bounded by one read buffer and the XML reader's state, whatever the file holds.
/// </summary>
public static class WorkbookGuard
{
    /// <summary>A filled plan template is tens of kilobytes; 20 MB leaves room for pasted images.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The template has about 20 parts; a workbook with images and many sheets, a few hundred.</summary>
    public const int MaxEntries = 1000;

    public const long MaxEntryBytes = 16L * 1024 * 1024;

    public const long MaxTotalBytes = 48L * 1024 * 1024;

    /// <summary>Spreadsheet XML compresses 5–30 times; a bomb, thousands. Checked on entries above 1 MB only.</summary>
    public const int MaxCompressionRatio = 100;

    private const long RatioCheckedFromBytes = 1024 * 1024;

    /// <summary>Null when the workbook may be opened, else the cause in Spanish (without the file name).</summary>
    public static string? Check(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            return string.Create(CultureInfo.InvariantCulture, $"pesa {Megabytes(length)} MB y un libro del plan puede pesar a lo sumo {Megabytes(MaxFileBytes)} MB");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var entries = DeclaredEntryCount(stream);
        if (entries is null)
        {
            return "no es un libro de Excel (.xlsx) legible (no es un archivo ZIP válido)";
        }

        if (entries > MaxEntries)
        {
            return string.Create(CultureInfo.InvariantCulture, $"su ZIP declara {entries} partes y un libro de Excel razonable tiene a lo sumo {MaxEntries}");
        }

        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return CheckDeclaredSizes(zip) ?? CheckContents(zip);
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
        {
            return "no es un libro de Excel (.xlsx) legible (su ZIP está dañado o usa una compresión desconocida)";
        }
    }

    private static string? CheckDeclaredSizes(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            return string.Create(CultureInfo.InvariantCulture, $"tiene {zip.Entries.Count} partes y un libro de Excel razonable tiene a lo sumo {MaxEntries}");
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > MaxEntryBytes || total > MaxTotalBytes)
            {
                return Inflates(entry.FullName);
            }

            if (entry.Length > RatioCheckedFromBytes && entry.Length > (long)MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"su parte «{entry.FullName}» se comprime {entry.Length / Math.Max(1, entry.CompressedLength)} veces (más de {MaxCompressionRatio}): es una bomba de descompresión, no un libro del plan");
            }
        }

        return null;
    }

    /// <summary>Inflates every entry once, counting real bytes (a ZIP may lie about sizes), and reads its XML strictly.</summary>
    private static string? CheckContents(ZipArchive zip)
    {
        long total = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            foreach (var entry in zip.Entries)
            {
                using var inflated = new CountingStream(entry.Open(), Math.Min(MaxEntryBytes, MaxTotalBytes - total));
                if (IsXml(entry.FullName))
                {
                    var cause = CheckXml(inflated, entry.FullName);
                    if (cause is not null)
                    {
                        return cause;
                    }
                }

                while (inflated.Read(buffer, 0, buffer.Length) > 0)
                {
                    // Drain what the XML reader left and any binary part (images), counting it.
                }

                if (inflated.Exceeded)
                {
                    return Inflates(entry.FullName);
                }

                total += inflated.Count;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return null;
    }

    private static string? CheckXml(CountingStream inflated, string name)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxEntryBytes,
            CloseInput = false,
        };
        try
        {
            using var reader = XmlReader.Create(inflated, settings);
            while (reader.Read())
            {
                // Reading is the check: the reader stops at a DTD, an entity or malformed markup.
            }

            return null;
        }
        catch (XmlException) when (inflated.Exceeded)
        {
            return Inflates(name);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return $"su parte «{name}» declara entidades XML (DTD), lo que un libro de Excel nunca hace (ataque de expansión de entidades)";
        }
        catch (XmlException)
        {
            return $"no es un libro de Excel (.xlsx) legible (su parte «{name}» no es XML válido)";
        }
    }

    /// <summary>Total entries from the ZIP's end-of-central-directory record, or null when the file has none.</summary>
    private static long? DeclaredEntryCount(FileStream stream)
    {
        const int EndRecordBytes = 22;
        var tail = (int)Math.Min(stream.Length, EndRecordBytes + ushort.MaxValue);
        if (tail < EndRecordBytes)
        {
            return null;
        }

        var bytes = new byte[tail];
        stream.Seek(-tail, SeekOrigin.End);
        stream.ReadExactly(bytes);
        for (var i = tail - EndRecordBytes; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i)) == 0x06054b50)
            {
                var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 10));
                // 0xFFFF defers to a ZIP64 record: far more entries than any workbook needs.
                return count == ushort.MaxValue ? long.MaxValue : count;
            }
        }

        return null;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    private static string Inflates(string name) => string.Create(CultureInfo.InvariantCulture,
        $"al descomprimirlo pasa de {Megabytes(MaxEntryBytes)} MB por parte o {Megabytes(MaxTotalBytes)} MB en total (parte «{name}»): es una bomba de descompresión, no un libro del plan");

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
