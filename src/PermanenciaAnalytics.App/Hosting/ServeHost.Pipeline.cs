using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.App.Jobs.Pipeline;

namespace PermanenciaAnalytics.App.Hosting;

public static partial class ServeHost
{
    static partial void AddPipelineServices(IServiceCollection services)
    {
        services.AddSingleton<IExtractImporter, ExtractLoaderImporter>();
        services.AddSingleton<IOutcomeRecomputer, OutcomeRecomputerAdapter>();
        services.AddSingleton<IBulkLoadWindow, BulkLoadWindowAdapter>();
        services.AddSingleton<IPublicationRunner, PublicationServiceRunner>();
    }
}
