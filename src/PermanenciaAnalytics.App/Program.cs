using PermanenciaAnalytics.App;

return await CliApp.RunAsync(args).ConfigureAwait(false);
