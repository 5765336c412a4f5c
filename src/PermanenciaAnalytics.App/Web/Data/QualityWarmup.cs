namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Starts the latest year's data-quality report when the site starts, so the first dashboard view need not wait for it.</summary>
internal sealed class QualityWarmup(QualityWarnings quality, SchoolYears years) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Off the start-up path: a database that is not there yet must not keep the site from starting.
        _ = Task.Run(() =>
        {
            try
            {
                quality.Warm(years.Resolve(null));
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                // Nothing to warm; the dashboard computes it on first view.
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
