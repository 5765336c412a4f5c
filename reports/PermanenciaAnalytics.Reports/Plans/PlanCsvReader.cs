using System.Security.Cryptography;
using System.Text;
using CsvHelper;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// Reads the CSV set of a plan: the six part files (<see cref="PlanLayout.Parts"/>) of one folder. Plan files are a
/// few kilobytes, so each is read whole; UTF-8 (with or without BOM) or, when not valid UTF-8, Windows-1252 as Excel
/// saves it. The separator is detected (<c>;</c> as the template writes, or <c>,</c>).
/// </summary>
public static class PlanCsvReader
{
    /// <summary>Reference list written with the template; not a plan part, so never read.</summary>
    public const string ReasonListFile = "razones_simpade.csv";

    public static PlanDocument Read(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<PlanCellError>();
        var sheets = new List<PlanSheet>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var source = files.Count > 0 ? Path.GetDirectoryName(Path.GetFullPath(files[0]))! : string.Empty;
        foreach (var part in PlanLayout.Parts)
        {
            var file = files.FirstOrDefault(f => string.Equals(Path.GetFileName(f), part.FileName, StringComparison.OrdinalIgnoreCase));
            if (file is null)
            {
                errors.Add(new PlanCellError(Path.Combine(source, part.FileName), null, null, null, null, "falta este archivo del plan"));
                continue;
            }

            var bytes = File.ReadAllBytes(file);
            hash.AppendData(bytes);
            sheets.Add(ReadPart(part, Path.GetFileName(file), Decode(bytes), errors));
        }

        foreach (var stray in files.Where(f => !IsKnown(f)))
        {
            errors.Add(new PlanCellError(Path.GetFileName(stray), null, null, null, null,
                $"no es un archivo del plan; se esperan {string.Join(", ", PlanLayout.Parts.Select(p => p.FileName))}"));
        }

        return new PlanDocument(source, sheets, errors, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public static bool IsKnown(string file) =>
        PlanLayout.Parts.Any(p => string.Equals(Path.GetFileName(file), p.FileName, StringComparison.OrdinalIgnoreCase))
        || string.Equals(Path.GetFileName(file), ReasonListFile, StringComparison.OrdinalIgnoreCase);

    private static PlanSheet ReadPart(PlanPart part, string file, string text, List<PlanCellError> errors)
    {
        var rows = new List<PlanSheetRow>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new PlanCellError(file, null, null, null, null, "el archivo está vacío"));
            return new PlanSheet(part, file, null, rows);
        }

        // The template writes ';'; a header line without one was saved with ','. Auto-detection is not used because a
        // header hint such as "(por ejemplo 3,5)" holds a comma.
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = newline > 0 ? text[..newline] : text;
        var separator = firstLine.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { Separator = separator, TrimWhitespace = true, TrackLineNumbers = true });
        var headers = reader.Headers.ToList();
        var mapped = PlanHeaderMatcher.Match(part, headers, file, null, errors);
        while (reader.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (mapped.TryGetValue(i, out var header))
                {
                    cells[header] = reader.GetString(i)?.Trim() ?? string.Empty;
                }
            }

            if (cells.Values.Any(v => v.Length > 0))
            {
                rows.Add(new PlanSheetRow((int)reader.LineNumber, cells));
            }
        }

        return new PlanSheet(part, file, null, rows);
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
