using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary>
/// <c>--format json</c>: one JSON object per file, one per line, with exactly the fields of the contract:
/// file, kind, cut, sha256, status, rows_read, rows_loaded, rows_rejected, rejected_by_reason, duplicates, seconds, message.
/// </summary>
internal static class LoadSummaryJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, IEnumerable<LoadSummary> summaries)
    {
        foreach (var summary in summaries)
        {
            output.WriteLine(ToJson(summary));
        }
    }

    public static string ToJson(LoadSummary s)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", s.File);
            json.WriteString("kind", KindName(s.Kind));
            if (s.Cut is { } cut)
            {
                json.WriteString("cut", cut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("cut");
            }

            json.WriteString("sha256", s.Sha256);
            json.WriteString("status", LoadStatusNames.Of(s.Status));
            json.WriteNumber("rows_read", s.RowsRead);
            json.WriteNumber("rows_loaded", s.RowsLoaded);
            json.WriteNumber("rows_rejected", s.RowsRejected);
            json.WriteStartObject("rejected_by_reason");
            foreach (var (reason, count) in s.RejectedByReason.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteNumber(reason, count);
            }

            json.WriteEndObject();
            json.WriteNumber("duplicates", s.Duplicates);
            json.WriteNumber("seconds", Math.Round(s.Seconds, 3));
            json.WriteString("message", s.Message);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string KindName(ExtractKind kind) => kind switch
    {
        ExtractKind.Simat => "simat",
        ExtractKind.Simpade => "simpade",
        ExtractKind.Plan => "plan",
        _ => "unknown",
    };
}
