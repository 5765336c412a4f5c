using Hangfire;
using PermanenciaAnalytics.App.Jobs;

namespace PermanenciaAnalytics.App.Hosting;

/// <summary>Registers the recurring jobs (monthly publication, plan deadline) in the configured time zone.</summary>
internal sealed class RecurringJobsSetup(IRecurringJobManager recurring, ServeOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId);
        var jobOptions = new RecurringJobOptions { TimeZone = zone };
        recurring.AddOrUpdate<MonthlyPublishJob>(MonthlyPublishJob.RecurringId, job => job.RunForLatestData(CancellationToken.None), options.PublishCron, jobOptions);
        var (month, day) = options.PlanDeadline;
        recurring.AddOrUpdate<PlanDeadlineJob>(PlanDeadlineJob.RecurringId, job => job.RunForMonitoredYear(month, day), options.PlanDeadlineCron, jobOptions);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
