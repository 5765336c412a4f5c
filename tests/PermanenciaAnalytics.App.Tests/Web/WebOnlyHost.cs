using Microsoft.AspNetCore.Builder;
using PermanenciaAnalytics.App.Web;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// The web layer alone, without Hangfire or the inbox watcher: migrates the database, registers
/// <see cref="WebServiceCollectionExtensions.AddPermanenciaWeb"/> and maps the pages. The configure hook lets a test
/// set configuration, a clock or a log capture before the host is built.
/// </summary>
internal static class WebOnlyHost
{
    public static WebApplication Build(DatabaseTarget target, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        SchemaMigrator.Migrate(target);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddPermanenciaWeb(target);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapPermanenciaWeb();
        return app;
    }
}
