using PermanenciaAnalytics.App.Cli;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Jobs;

/// <summary>
/// Publishes by running the <c>publish</c> command in-process, so the job does exactly what
/// <c>permanencia publish --year Y --month M --out DIR</c> does from a terminal.
/// </summary>
public sealed class CliPublicationRunner(DatabaseTarget database) : IPublicationRunner
{
    public PublicationResult Publish(int year, int month, string outputFolder, CancellationToken cancellationToken)
    {
        if (!CliApp.BuildRoot(new GlobalOptions()).Subcommands.Any(c => c.Name == "publish"))
        {
            return new PublicationResult(false, outputFolder, "esta compilación no incluye el comando publish.");
        }

        var output = new StringWriter();
        var error = new StringWriter();
        string[] args =
        [
            "publish", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--month", month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out", outputFolder, "--db", database.ConnectionString,
        ];
        var exitCode = CliApp.RunAsync(args, output, error).GetAwaiter().GetResult();
        var message = (exitCode == ExitCodes.Success ? output : error).ToString().Trim();
        return new PublicationResult(exitCode == ExitCodes.Success, outputFolder,
            message.Length > 0 ? message : $"publish terminó con código {exitCode}");
    }
}
