using PermanenciaAnalytics.App.Cli;

return await CliApp.RunAsync(args).ConfigureAwait(false);
