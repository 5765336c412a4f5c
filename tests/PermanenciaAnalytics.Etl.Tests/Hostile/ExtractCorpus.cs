using System.Text;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Hostile;

/// <summary>
/// Named hostile and broken variants of real-layout extracts (the synthetic SIMAT cut and SIMPADE file of
/// <see cref="CleanExtracts"/>, and the real header lines under <c>tests/data/real-headers</c>): truncations, random
/// bytes, flipped bytes, other encodings, huge fields, huge column counts, unclosed quotes, injection strings, workbooks
/// and bombs given as CSV. Deterministic: every random choice comes from the case's own seed.
/// </summary>
internal static class ExtractCorpus
{
    private static readonly Encoding Utf8Bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static IEnumerable<string> Cases()
    {
        foreach (var fraction in new[] { 1, 5, 25, 50, 75, 99 })
        {
            yield return $"truncate-simat-{fraction}";
            yield return $"truncate-simpade-{fraction}";
        }

        for (var seed = 1; seed <= 8; seed++)
        {
            yield return $"flip-simat-{seed}";
            yield return $"flip-simpade-{seed}";
        }

        foreach (var size in new[] { 1, 64 * 1024, 1024 * 1024 })
        {
            yield return $"random-{size}";
        }

        foreach (var encoding in new[] { "utf16le", "utf16le-bom", "utf16be", "utf16be-bom", "utf32-bom", "windows1252", "mixed-utf8-1252", "nul-in-middle" })
        {
            yield return $"encoding-{encoding}";
        }

        yield return "field-name-10mb";
        yield return "field-document-1kb";
        yield return "field-unmapped-2mb";
        yield return "field-every-row-300";
        yield return "quote-unclosed-20mb";
        yield return "quote-unclosed-short";
        yield return "quote-stray-20mb";
        yield return "columns-header-5000";
        yield return "columns-row-100000";
        yield return "lines-only-separators";
        yield return "lines-100k-empty";
        yield return "injection-names";
        yield return "real-header-simpade-only";
        yield return "real-header-anexo6a-rows";
        yield return "real-header-men-municipio";
        yield return "zip-bomb-as-csv";
        yield return "xlsx-as-csv";
    }

    /// <summary>Writes the case's file and returns its path (the name carries a cut date where SIMAT needs one).</summary>
    public static string Build(CleanExtracts clean, string name)
    {
        var path = clean.PathFor(name);
        var parts = name.Split('-');
        var simat = File.ReadAllBytes(clean.SimatCut);
        var simpade = File.ReadAllBytes(clean.SimpadeFile);
        var text = Encoding.UTF8.GetString(simat).TrimStart('\uFEFF');
        switch (parts[0])
        {
            case "truncate":
                var source = parts[1] == "simat" ? simat : simpade;
                File.WriteAllBytes(path, source[..(int)(source.LongLength * int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) / 100)]);
                break;
            case "flip":
                var bytes = (parts[1] == "simat" ? simat : simpade).ToArray();
                var random = new Random(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
                for (var i = 0; i < 1 << random.Next(0, 8); i++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                File.WriteAllBytes(path, bytes);
                break;
            case "random":
                var noise = new byte[int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)];
                new Random(noise.Length).NextBytes(noise);
                File.WriteAllBytes(path, noise);
                break;
            case "encoding":
                File.WriteAllBytes(path, Encoded(text, name["encoding-".Length..]));
                break;
            case "field":
                File.WriteAllLines(path, WithField(clean, name), Utf8Bom);
                break;
            case "quote":
                using (var writer = new StreamWriter(path, false, Utf8Bom))
                {
                    var lines = clean.SimatLines();
                    // "unclosed": a quote opening the 21st field; "stray": a quote inside a field (a literal character).
                    var opening = parts[1] == "unclosed" ? Nth(lines[2], ';', 20) + 1 : 20;
                    writer.Write(lines[0] + "\r\n" + lines[1] + "\r\n" + lines[2][..opening] + "\"");
                    for (var i = 0; i < (parts[2] == "20mb" ? 20 : 0); i++)
                    {
                        writer.Write(new string('z', 1024 * 1024));
                    }

                    writer.Write("\r\n" + string.Join("\r\n", lines.Skip(3)) + "\r\n");
                }

                break;
            case "columns":
                File.WriteAllLines(path, WithColumns(clean, parts[1]), Utf8Bom);
                break;
            case "lines":
                var header = clean.SimatLines()[0];
                File.WriteAllText(path, header + "\r\n" + (parts[1] == "only"
                    ? string.Concat(Enumerable.Repeat(new string(';', 53) + "\r\n", 500))
                    : new string('\n', 100_000)), Utf8Bom);
                break;
            case "injection":
                File.WriteAllText(path, text.Replace(";SGP;", ";\"=HYPERLINK(\"\"http://x.invalid\"\";\"\"clic\"\")\";", StringComparison.Ordinal)
                    .Replace("CÚCUTA;", "=cmd|' /C calc'!A0;", StringComparison.Ordinal), Utf8Bom);
                break;
            case "real":
                File.WriteAllText(path, RealHeaderFile(parts[2]), Utf8Bom);
                break;
            case "zip":
                HostileWorkbooks.Bomb(path, 64L << 20);
                break;
            case "xlsx":
                HostileWorkbooks.Bomb(path, 1024);
                break;
            default:
                throw new ArgumentException($"Unknown case {name}.", nameof(name));
        }

        return path;
    }

    private static int Nth(string line, char separator, int n)
    {
        var at = -1;
        for (var i = 0; i < n; i++)
        {
            at = line.IndexOf(separator, at + 1);
        }

        return at;
    }

    private static byte[] Encoded(string text, string encoding) => encoding switch
    {
        "utf16le" => Encoding.Unicode.GetBytes(text),
        "utf16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf16be" => Encoding.BigEndianUnicode.GetBytes(text),
        "utf16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf32-bom" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
        "windows1252" => TextEncodings.Windows1252.GetBytes(text),
        "mixed-utf8-1252" => [.. Encoding.UTF8.GetBytes(text[..(text.Length / 2)]), .. TextEncodings.Windows1252.GetBytes(text[(text.Length / 2)..])],
        "nul-in-middle" => [.. Encoding.UTF8.GetBytes(text[..(text.Length / 2)]), 0, .. Encoding.UTF8.GetBytes(text[(text.Length / 2)..])],
        _ => throw new ArgumentException(encoding, nameof(encoding)),
    };

    private static List<string> WithField(CleanExtracts clean, string name)
    {
        var lines = clean.SimatLines().ToList();
        var header = lines[0].TrimStart('\uFEFF').Split(';');
        var (column, value) = name switch
        {
            "field-name-10mb" => ("NOMBRE1", new string('N', 10 * 1024 * 1024)),
            "field-document-1kb" => ("DOC", new string('9', 1024)),
            "field-unmapped-2mb" => ("EPS", new string('e', 2 * 1024 * 1024)),
            _ => ("APELLIDO1", new string('A', 300)),
        };
        var index = Array.IndexOf(header, column);
        for (var i = 1; i < lines.Count; i++)
        {
            if ((name == "field-every-row-300" || i == lines.Count / 2) && !lines[i].Contains('"', StringComparison.Ordinal))
            {
                var fields = lines[i].Split(';');
                fields[index] = value;
                lines[i] = string.Join(';', fields);
            }
        }

        return lines;
    }

    private static IEnumerable<string> WithColumns(CleanExtracts clean, string where)
    {
        var lines = clean.SimatLines();
        if (where == "header")
        {
            return [lines[0] + string.Concat(Enumerable.Range(0, 5000).Select(i => $";EXTRA_{i}")), .. lines.Skip(1)];
        }

        return [lines[0], lines[1] + new string(';', 100_000), .. lines.Skip(2)];
    }

    private static string RealHeaderFile(string which)
    {
        var folder = TestData.PathOf("real-headers");
        return which switch
        {
            "simpade" => File.ReadAllText(Path.Combine(folder, "simpade_desertores_men_2025-11.header.csv"), Encoding.UTF8).TrimStart('\uFEFF'),
            "anexo6a" => AnexoRows(File.ReadAllText(Path.Combine(folder, "anexo6a_core_bogota_dictionary.header.csv"), TextEncodings.Windows1252)),
            _ => File.ReadAllText(Path.Combine(folder, "men_estadisticas_municipio.header.csv"), Encoding.UTF8),
        };
    }

    /// <summary>The Anexo 6A header (which has no ESTADO) with rows of plausible values in its own layout.</summary>
    private static string AnexoRows(string headerText)
    {
        var header = headerText.Trim().Split(';');
        var rows = Enumerable.Range(1, 20).Select(r => string.Join(';', header.Select(h => h switch
        {
            "ANO_INF" => "2024",
            "CODIGO_DANE" => "154001000101",
            "PER_ID" => (900000 + r).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "GRADO" => "6",
            _ => "1",
        })));
        return string.Join("\r\n", [string.Join(';', header), .. rows]) + "\r\n";
    }
}
