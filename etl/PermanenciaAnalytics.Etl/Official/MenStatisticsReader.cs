using System.Globalization;
using CsvHelper;
using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.Etl.Official;

/// <summary>
/// Streams the rows of MEN's <i>Estadísticas en educación en preescolar, básica y media</i> file, municipal (41 columns)
/// or departmental (37), one record at a time with CsvHelper's low-level reader: encoding (UTF-8 with or without BOM,
/// Windows-1252, UTF-16) and separator come from <see cref="FileSniff"/>, columns from <see cref="MenStatisticsHeader"/>,
/// numbers from <see cref="MenNumbers"/>. Anything it cannot read throws <see cref="MenFileRefusedException"/> with the
/// file, the line and the cause, so a caller stores nothing from a bad file.
/// </summary>
public static class MenStatisticsReader
{
    /// <summary>The longest record read: a real row is under 1 KB.</summary>
    public const int MaxRecordBytes = 64 * 1024;

    public static IEnumerable<MenStatisticsRecord> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new MenFileRefusedException($"El archivo '{path}' del MEN no existe.");
        }

        var sniff = FileSniff.Read(path);
        if (sniff.HasNulBytes)
        {
            throw Refused(file, $"{BinaryFiles.Describe(path)}, no el CSV de estadísticas del MEN");
        }

        if (sniff.IsEmpty)
        {
            throw Refused(file, "está vacío");
        }

        return ReadRecords(path, file, sniff);
    }

    private static IEnumerable<MenStatisticsRecord> ReadRecords(string path, string file, FileSniff sniff)
    {
        var options = new CsvReaderOptions
        {
            Separator = sniff.Delimiter,
            Encoding = sniff.Encoding,
            HasHeader = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
        };
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        using var csv = CsvReader.Create(stream, options, leaveOpen: false);
        var header = MenStatisticsHeader.Build(csv.Headers.Select(h => h.TrimStart('\uFEFF')).ToArray());
        var missing = header.MissingRequired();
        if (missing.Count > 0)
        {
            throw Refused(file, $"al encabezado (línea 1) le faltan las columnas {string.Join(", ", missing)}; no es el archivo de estadísticas por municipio o departamento del MEN");
        }

        while (Next(csv, file))
        {
            yield return MenStatisticsRowParser.Parse(new MenStatisticsRow(csv, header, file));
        }
    }

    private static bool Next(CsvReader csv, string file)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException ex)
        {
            var line = ex.LineNumber > 0 ? ex.LineNumber.ToString(CultureInfo.InvariantCulture) : "desconocida";
            throw new MenFileRefusedException(
                $"El archivo '{file}' del MEN fue rechazado: la línea {line} no es CSV legible (¿comillas sin cerrar o un registro de más de {MaxRecordBytes / 1024} KB?); no se guardó nada.", ex);
        }
    }

    internal static MenFileRefusedException Refused(string file, string cause) =>
        new($"El archivo '{file}' del MEN fue rechazado: {cause}; no se guardó nada.");
}
