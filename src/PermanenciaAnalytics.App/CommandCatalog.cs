using System.CommandLine;
using PermanenciaAnalytics.App.Cli;
using PermanenciaAnalytics.App.Cli.Commands;
using PermanenciaAnalytics.Reports.Indicators;

namespace PermanenciaAnalytics.App;

/// <summary>Every top-level command, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(GlobalOptions globals)
    {
        yield return InitCommand.Create(globals);
        yield return LoadCommand.Create(globals);
        yield return RecomputeCommand.Create(globals);
        yield return IndicatorsCommand.Create(globals);
        yield return ReconcileCommand.Create(globals);
        yield return ReasonsCommand.Create(globals);
        yield return MotivesCommand.Create(globals);
        yield return CalendarCommand.Create(globals);
        yield return RatesCommand.Create(globals);
        yield return RiskCommand.Create(globals);
        yield return CompareCommand.Create(globals);
        yield return QualityCommand.Create(globals);
        yield return PlanCommand.Create(globals);
        yield return PublishCommand.Create(globals, target => new IndicatorEngine(target));
        yield return ServeCommand.Create(globals);
        yield return DemoCommand.Create(globals);
        yield return UsersCommand.Create(globals);
        yield return BenchCommand.Create(globals);
        yield return BenchIndicatorsCommand.Create();
    }
}
