using System.Text;
using System.Text.Json;

namespace PermanenciaAnalytics.App.Output;

/// <summary>Writes rows of the smaller reports (reconcile, reasons, rates, quality) as an es-CO table, CSV or JSON.</summary>
internal static class ReportWriter
{
    public static void Write<T>(TextWriter output, string format, IReadOnlyList<ReportColumn<T>> columns, IReadOnlyList<T> rows)
    {
        switch (format)
        {
            case "csv":
                output.WriteLine(string.Join(',', columns.Select(c => c.Name)));
                foreach (var row in rows)
                {
                    output.WriteLine(string.Join(',', columns.Select(c => Escape(c.Machine(row)))));
                }

                break;
            case "json":
                WriteJson(output, columns, rows);
                break;
            default:
                WriteTable(output, columns, rows);
                break;
        }
    }

    private static void WriteJson<T>(TextWriter output, IReadOnlyList<ReportColumn<T>> columns, IReadOnlyList<T> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                foreach (var column in columns)
                {
                    var value = column.Machine(row);
                    if (string.IsNullOrEmpty(value))
                    {
                        json.WriteNull(column.Name);
                    }
                    else if (column.Numeric)
                    {
                        json.WritePropertyName(column.Name);
                        json.WriteRawValue(value);
                    }
                    else
                    {
                        json.WriteString(column.Name, value);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTable<T>(TextWriter output, IReadOnlyList<ReportColumn<T>> columns, IReadOnlyList<T> rows)
    {
        var cells = rows.Select(r => columns.Select(c => c.Human(r) ?? "").ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, cells.Count == 0 ? 0 : cells.Max(l => l[i].Length))).ToArray();
        string Line(IEnumerable<string> values) =>
            string.Join("  ", values.Select((v, i) => columns[i].Numeric ? v.PadLeft(widths[i]) : v.PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(columns.Select(c => c.Header)));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var line in cells)
        {
            output.WriteLine(Line(line));
        }
    }

    // Shared with every CSV writer: formula-looking text is neutralised (CSV injection), then quoted when needed.
    private static string Escape(string? value) => Core.Text.CsvCell.Field(value);
}
