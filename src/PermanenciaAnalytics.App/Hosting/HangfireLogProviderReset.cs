using Hangfire.Logging;

namespace PermanenciaAnalytics.App.Hosting;

/// <summary>
/// Hangfire keeps its log provider in a static, set to this host's logger factory. The factory is disposed with the
/// host, while the process may go on (<c>demo</c> ends and the CLI prints its guide; the tests start many hosts): a
/// Hangfire object created after that would log through a disposed factory and throw. On stop the static is cleared,
/// and the next host sets its own again.
/// </summary>
internal sealed class HangfireLogProviderReset : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        LogProvider.SetCurrentLogProvider(null);
        return Task.CompletedTask;
    }
}
