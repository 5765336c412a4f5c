using System.CommandLine;
using PermanenciaAnalytics.App.Cli.Commands;

namespace PermanenciaAnalytics.App.Cli;

/// <summary>Every top-level command, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(GlobalOptions globals)
    {
        yield return InitCommand.Create(globals);
        yield return RecomputeCommand.Create(globals);
        yield return IndicatorsCommand.Create(globals);
        yield return BenchIndicatorsCommand.Create();
        yield return LoadCommand.Create(globals);
        // `load plan` belongs under the loader's `load` command (LoadPlanCommand.Create(globals)); until it is wired
        // there, `plan load` offers the same action.
        yield return PlanCommand.Create(globals);
        yield return ServeCommand.Create(globals);
        yield return DemoCommand.Create(globals);
        yield return BenchCommand.Create(globals);
        yield return UsersCommand.Create(globals);
    }
}
