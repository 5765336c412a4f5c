namespace PermanenciaAnalytics.App.Tests.Hosting;

/// <summary>Hangfire keeps some static configuration; hosts in this collection run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireHostGroup
{
    public const string Name = "Hangfire hosts";
}
