using System.Globalization;
using System.Text;
using System.Text.Json;
using PermanenciaAnalytics.Core.Indicators;

namespace PermanenciaAnalytics.App.Output;

/// <summary>
/// Writes indicator rows as CSV or JSON (invariant culture, rate with two decimals; docs/design.md §6) or as an es-CO text
/// table. Suppressed rows keep their keys; their counts and rate are empty (CSV), null (JSON) or "*" (table).
/// </summary>
internal static class IndicatorWriter
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    private static readonly string[] CountColumns = ["enrolled", "dropouts", "transfers_out", "dropout_rate"];

    public static void Write(TextWriter output, string format, IndicatorDimension by, string? split, IReadOnlyList<IndicatorRow> rows)
    {
        var keys = IndicatorColumns.KeysOf(by, split);
        switch (format)
        {
            case "csv":
                WriteCsv(output, keys, rows);
                break;
            case "json":
                WriteJson(output, keys, rows);
                break;
            default:
                WriteTable(output, keys, rows);
                break;
        }
    }

    private static void WriteCsv(TextWriter output, IReadOnlyList<IndicatorColumn> keys, IReadOnlyList<IndicatorRow> rows)
    {
        output.WriteLine(string.Join(',', keys.Select(k => k.Name).Prepend("year").Concat(CountColumns)));
        foreach (var row in rows)
        {
            var cells = new List<string?> { row.Year.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(keys.Select(k => k.Machine(row)));
            cells.AddRange(row.Suppressed
                ? ["", "", "", ""]
                : [Count(row.Enrolled), Count(row.Dropouts), Count(row.TransfersOut), row.DropoutRate?.ToString("0.00", CultureInfo.InvariantCulture) ?? ""]);
            output.WriteLine(string.Join(',', cells.Select(Escape)));
        }
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<IndicatorColumn> keys, IReadOnlyList<IndicatorRow> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                json.WriteNumber("year", row.Year);
                foreach (var key in keys)
                {
                    json.WriteString(key.Name, key.Machine(row));
                }

                WriteNullable(json, "enrolled", row.Suppressed ? null : row.Enrolled);
                WriteNullable(json, "dropouts", row.Suppressed ? null : row.Dropouts);
                WriteNullable(json, "transfers_out", row.Suppressed ? null : row.TransfersOut);
                if (!row.Suppressed && row.DropoutRate is { } rate)
                {
                    json.WriteNumber("dropout_rate", rate);
                }
                else
                {
                    json.WriteNull("dropout_rate");
                }

                json.WriteBoolean("suppressed", row.Suppressed);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<IndicatorColumn> keys, IReadOnlyList<IndicatorRow> rows)
    {
        var headers = new List<string> { "Año" };
        headers.AddRange(keys.Select(k => k.Header));
        headers.AddRange(["Matriculados", "Desertores", "Traslados", "Tasa de deserción (%)"]);
        var lines = rows.Select(row =>
        {
            var cells = new List<string> { row.Year.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(keys.Select(k => k.Human(row) ?? ""));
            cells.AddRange(row.Suppressed
                ? ["*", "*", "*", "*"]
                : [row.Enrolled.ToString("N0", Human), row.Dropouts.ToString("N0", Human), row.TransfersOut.ToString("N0", Human), row.DropoutRate?.ToString("N2", Human) ?? "—"]);
            return cells;
        }).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, lines.Count == 0 ? 0 : lines.Max(l => l[i].Length))).ToArray();
        var numericFrom = 1 + keys.Count;
        output.WriteLine(string.Join("  ", headers.Select((h, i) => i >= numericFrom ? h.PadLeft(widths[i]) : h.PadRight(widths[i]))));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var line in lines)
        {
            output.WriteLine(string.Join("  ", line.Select((c, i) => i >= numericFrom ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))));
        }

        if (rows.Any(r => r.Suppressed))
        {
            output.WriteLine("* Celda suprimida: menos estudiantes que el umbral de publicación, o suprimida para que no se deduzca de los totales.");
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    // Shared with every CSV writer: formula-looking text is neutralised (CSV injection), then quoted when needed.
    private static string Escape(string? value) => Core.Text.CsvCell.Field(value);
}
