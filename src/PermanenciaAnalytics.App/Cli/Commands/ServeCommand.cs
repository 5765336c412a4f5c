using System.CommandLine;
using PermanenciaAnalytics.App.Hosting;

namespace PermanenciaAnalytics.App.Cli.Commands;

/// <summary><c>serve [--urls U] [--inbox DIR]</c>: the web service with the Hangfire server, dashboard and inbox watcher.</summary>
internal static class ServeCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var urls = new Option<string>("--urls") { Description = "Direcciones de escucha.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var inbox = new Option<string>("--inbox") { Description = "Bandeja de entrada de extractos.", DefaultValueFactory = _ => "data/inbox" };
        var publish = new Option<string>("--publish-dir") { Description = "Carpeta de publicaciones.", DefaultValueFactory = _ => "data/publicaciones" };
        var cron = new Option<string>("--publish-cron") { Description = "Programación (cron, hora de Bogotá) de la publicación mensual.", DefaultValueFactory = _ => "0 6 1 * *" };
        var command = new Command("serve", "Servicio web con el servidor de trabajos Hangfire, el panel /hangfire y /health.") { urls, inbox, publish, cron };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new ServeOptions
            {
                Database = globals.ResolveDatabase(parseResult),
                Urls = parseResult.GetValue(urls)!,
                Inbox = parseResult.GetValue(inbox)!,
                PublishFolder = parseResult.GetValue(publish)!,
                PublishCron = parseResult.GetValue(cron)!,
            };
            await using var app = ServeHost.Build(options);
            await app.StartAsync(cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine($"Servicio en {string.Join(", ", app.Urls)} · panel de trabajos {app.Urls.First()}/hangfire · bandeja {Path.GetFullPath(options.Inbox)}");
            output.WriteLine("Ctrl+C para detener.");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
