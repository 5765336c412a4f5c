namespace PermanenciaAnalytics.App.Cli;

/// <summary>docs/design.md §6: 0 success, 1 usage error, 2 input refused (nothing loaded).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int UsageError = 1;
    public const int InputRefused = 2;
}
