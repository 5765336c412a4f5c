using Dapper;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Cli;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

public class DemoCommandTests
{
    private static readonly DateOnly Deadline = new(2025, 8, 14);

    [Fact]
    public async Task Demo_SeedsAccountsPlansAndOutreach_AndPrintsHowToSignIn_WhenRunSmall()
    {
        // Arrange: ten institutions, so the filing pattern is one whole cycle (index 9 missing, 3 and 7 late).
        using var folder = new TempFolder();
        var output = new StringWriter();
        var error = new StringWriter();

        // Act
        var exit = await CliApp.RunAsync(["demo", "--out", folder.Path, "--students", "2500", "--institutions", "10"], output, error);

        // Assert: the run, and its closing guide.
        var text = output.ToString();
        Assert.True(exit == ExitCodes.Success, text + error);
        foreach (var (user, password) in new[]
        {
            ("demo-secretaria", "demo-secretaria-2025"), ("demo-cobertura", "demo-cobertura-2025"),
            ("demo-rector", "demo-rector-2025"), ("demo-admin", "demo-admin-2025"),
        })
        {
            Assert.Contains($"usuario {user}", text, StringComparison.Ordinal);
            Assert.Contains($"contraseña {password}", text, StringComparison.Ordinal);
        }

        Assert.Contains("SOLO PARA ESTA DEMO", text, StringComparison.Ordinal);
        var database = Path.Combine(folder.Path, "permanencia.db");
        Assert.Contains($"serve --db \"Data Source={database}\" --inbox {Path.Combine(folder.Path, "inbox")} " +
            $"--publish-dir {Path.Combine(folder.Path, "publicaciones")} --urls http://127.0.0.1:5080", text, StringComparison.Ordinal);

        // Plans: seven on time, two late (institutions 3 and 7), one missing (institution 9), with follow-ups.
        var target = DatabaseTarget.FromConnectionString($"Data Source={database}");
        var institutions = target.Open().Query<string>("SELECT institution_dane FROM institution ORDER BY institution_dane").ToList();
        var plans = PlanRepository.LoadYear(target, 2025);
        Assert.Equal(9, plans.Count);
        Assert.Equal(7, plans.Values.Count(p => p.SubmittedOn <= Deadline));
        Assert.Equal(2, plans.Values.Count(p => p.SubmittedOn > Deadline));
        // The deadline review ran once, as the recurring job would, and found the same missing and late plans.
        var review = target.Open().QuerySingle<(long Checked, long Missing, long Late, string MissingDane)>(
            "SELECT checked, missing_count, late_count, missing_dane FROM plan_deadline_run WHERE school_year = 2025");
        Assert.Equal((1L, 1L, 2L, institutions[9]), review);
        Assert.Contains("Revisión de plazos de planes (el trabajo recurrente, una vez): 1 sin plan, 2 tarde.", text, StringComparison.Ordinal);

        // Institution 0 files on 10 March and follows up every month from March to the last cut (November): 9 records.
        var first = plans[institutions[0]];
        Assert.Equal(new DateOnly(2025, 3, 10), first.SubmittedOn);
        Assert.Equal(Enumerable.Range(3, 9), first.FollowUps.Select(f => f.Month).Order());
        // Institution 1 stops three months early: March to August.
        Assert.Equal(Enumerable.Range(3, 6), plans[institutions[1]].FollowUps.Select(f => f.Month).Order());

        // Búsqueda activa: every result the demo records is some case's latest result.
        var outcomes = new OutreachOutcomeStore(target, TimeProvider.System).CountLatest(2025).Select(c => c.Outcome).ToHashSet();
        Assert.Equal(new HashSet<OutreachOutcome> { OutreachOutcome.Contactado, OutreachOutcome.NoLocalizado, OutreachOutcome.Reintegrado, OutreachOutcome.TrasladadoFuera }, outcomes);

        // The rector opened three cases from Posibles desertores and followed the first back to class in two contacts.
        var riskCases = target.Open().Query<(string State, long Contacts, string? Result)>(
            "SELECT state, contacts, last_result FROM outreach_case WHERE origin = 'riesgo' AND institution_dane = @dane ORDER BY case_id", new { dane = institutions[0] }).ToList();
        Assert.Equal([("cerrado", 2L, "reintegrado"), ("abierto", 0L, null), ("abierto", 0L, null)], riskCases);

        // The printed rector account signs in and is scoped to the first institution.
        var login = AccountService.For(target, TimeProvider.System).Authenticate("demo-rector", "demo-rector-2025", "127.0.0.1", "web");
        Assert.Equal(LoginOutcome.Success, login.Outcome);
        Assert.Equal(institutions[0], login.User!.InstitutionDane);

        // The year before: four quarterly cuts, recomputed, and the same cohort one grade lower.
        using var connection = target.Open();
        var priorCuts = connection.Query<string>("SELECT cut_date FROM load_ledger WHERE kind = 'simat' AND status = 'loaded' AND school_year = 2024 ORDER BY cut_date").ToList();
        Assert.Equal(["2024-02-29", "2024-05-31", "2024-08-31", "2024-11-30"], priorCuts);
        var priorRate = connection.ExecuteScalar<double>(
            "SELECT 1.0 * SUM(is_dropout) / COUNT(*) FROM student_year_outcome WHERE school_year = 2024 AND grade BETWEEN 0 AND 11");
        Assert.InRange(priorRate, 0.02, 0.08);
        var promoted = connection.ExecuteScalar<long>("""
            SELECT COUNT(*) FROM student_year_outcome a JOIN student_year_outcome b ON b.student_key = a.student_key AND b.school_year = 2025
            WHERE a.school_year = 2024 AND a.grade BETWEEN 1 AND 10 AND b.grade = a.grade + 1
            """);
        Assert.True(promoted > 1500, $"{promoted} students promoted from 2024 to 2025");
    }
}
