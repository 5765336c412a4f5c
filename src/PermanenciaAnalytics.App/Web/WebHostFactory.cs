using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Schema;

namespace PermanenciaAnalytics.App.Web;

/// <summary>
/// A minimal host for the web layer alone (tests, and until the <c>serve</c> host with Hangfire lands): migrates the
/// database, registers <see cref="WebServiceCollectionExtensions.AddPermanenciaWeb"/> and maps the pages. The
/// configure hook lets tests swap the server (TestServer) or add a log capture.
/// </summary>
public static class WebHostFactory
{
    public static WebApplication Build(DatabaseTarget target, string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        SchemaMigrator.Migrate(target);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddPermanenciaWeb(target);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapPermanenciaWeb();
        return app;
    }
}
