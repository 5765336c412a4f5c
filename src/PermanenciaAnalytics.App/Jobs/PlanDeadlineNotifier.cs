using System.Globalization;
using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// Tells whoever is configured about each plan-deadline result: the message always goes to the
/// <c>notification_outbox</c> table (migration 0332, readable without any external service), and, when
/// <c>Permanencia:Notifications:PlanDeadline</c> holds a URL, it is POSTed there as JSON; the row records the outcome.
/// DANE codes and counts only.
/// </summary>
public sealed class PlanDeadlineNotifier(DatabaseTarget database, Uri? webhook, ILogger<PlanDeadlineNotifier> logger)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(PlanDeadlineNotifier).Assembly);

    public const string ConfigurationKey = "Permanencia:Notifications:PlanDeadline";

    public const string Topic = "plazo-planes";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>Writes the outbox row and, if configured, delivers it; returns the row's id.</summary>
    public long Notify(PlanDeadlineReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var body = Message(report);
        long id;
        using (var connection = database.Open())
        {
            id = connection.ExecuteScalar<long>(Scripts.Read(database.Dialect, "Jobs", "InsertNotification"),
                new { createdAt = DateTime.UtcNow, topic = Topic, body });
        }

        if (webhook is not null)
        {
            Deliver(id, report, body);
        }

        return id;
    }

    /// <summary>The Spanish sentence of the result, as the dashboard says it.</summary>
    public static string Message(PlanDeadlineReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var deadline = report.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return report.Checked
            ? $"Revisión de plazos de planes {report.Year} (fecha límite {deadline}): {report.Missing.Count} sin plan, {report.Late.Count} tardíos."
              + (report.Missing.Count > 0 ? $" Sin plan: {string.Join(", ", report.Missing)}." : "")
              + (report.Late.Count > 0 ? $" Tardíos: {string.Join(", ", report.Late)}." : "")
            : $"Revisión de plazos de planes {report.Year}: no se revisó, la base de datos aún no tiene planes.";
    }

    private void Deliver(long id, PlanDeadlineReport report, string body)
    {
        string note;
        DateTime? deliveredAt = null;
        try
        {
            using var response = Http.PostAsJsonAsync(webhook, new
            {
                topic = Topic,
                year = report.Year,
                deadline = report.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                @checked = report.Checked,
                missing = report.Missing,
                late = report.Late,
                message = body,
            }).GetAwaiter().GetResult();
            note = $"HTTP {(int)response.StatusCode}";
            if (response.IsSuccessStatusCode)
            {
                deliveredAt = DateTime.UtcNow;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // The outbox row stays undelivered with the reason; the job itself does not fail for a receiver that is down.
            note = ex.Message.Length > 300 ? ex.Message[..300] : ex.Message;
        }

        if (deliveredAt is null)
        {
            logger.LogWarning("Plan-deadline notification {Id} not delivered to the webhook: {Note}", id, note);
        }

        using var connection = database.Open();
        connection.Execute(Scripts.Read(database.Dialect, "Jobs", "MarkNotification"), new { id, deliveredAt, note });
    }
}
