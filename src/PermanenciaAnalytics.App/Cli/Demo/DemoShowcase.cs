using System.Diagnostics;
using PermanenciaAnalytics.App.Hosting;
using PermanenciaAnalytics.App.Jobs;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.App.Cli.Demo;

/// <summary>What the demo added on top of the extracts, for the closing guide.</summary>
internal sealed record DemoShowcaseResult(IReadOnlyList<DemoAccount> Accounts, DemoPlanSummary Plans, DemoOutreachSummary Outreach, double Seconds);

/// <summary>
/// After the extracts are loaded and recomputed, and before publishing: the demo accounts (one per role), the plans
/// (on time, late, missing, with follow-ups) and búsqueda-activa outcomes, so the dashboard, the plan matching and the
/// case counts have something to show.
/// </summary>
internal static class DemoShowcase
{
    public static DemoShowcaseResult Seed(IServiceProvider services, DemoSettings settings, SyntheticYearFiles files, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var year = settings.Year.Year;
        var lastCut = files.SimatCuts[^1].Cut;
        var accounts = DemoAccounts.Create(settings.Database, files.Institutions[0].Dane);
        var plans = DemoPlans.Seed(settings.Database, settings.OutputFolder, year, files.Institutions, lastCut.Month);
        output.WriteLine($"Planes de permanencia {year}: {plans.OnTime} a tiempo, {plans.Late} tarde, {plans.Missing} faltantes" +
            (plans.Refused > 0 ? $", {plans.Refused} rechazados" : "") + $" (archivos en {plans.Folder}).");
        // The recurring deadline review runs on its own schedule; run it once so the dashboard's review section is not
        // "aún no se ha ejecutado" in a demo.
        var (deadlineMonth, deadlineDay) = services.GetRequiredService<ServeOptions>().PlanDeadline;
        var review = services.GetRequiredService<PlanDeadlineJob>().Run(year, new DateOnly(year, deadlineMonth, deadlineDay));
        output.WriteLine($"Revisión de plazos de planes (el trabajo recurrente, una vez): {review.Missing.Count} sin plan, {review.Late.Count} tarde.");
        var outreach = DemoOutreach.Seed(services, year, files.Institutions, lastCut);
        output.WriteLine($"Búsqueda activa: {outreach.Cases} casos con resultado en {outreach.Institutions} instituciones ({outreach.Outcomes} registros); {outreach.RiskCases} casos abiertos desde Posibles desertores.");
        return new DemoShowcaseResult(accounts, plans, outreach, clock.Elapsed.TotalSeconds);
    }
}
