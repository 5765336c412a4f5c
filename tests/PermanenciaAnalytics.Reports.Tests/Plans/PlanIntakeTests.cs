using System.Text;
using Dapper;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Plans;

/// <summary>Issue 11, plan intake: receipt time decides on time / late, follow-ups survive a new version, unknown DANE codes are refused.</summary>
public sealed class PlanIntakeTests : IDisposable
{
    private const string Dane = InstitutionCatalogSeed.TemplateDane;
    private static readonly DateOnly Deadline = PlanSubmission.DefaultDeadline(2025);
    private readonly TempSqliteDatabase database = new();
    private readonly string template;

    public PlanIntakeTests()
    {
        template = Path.Combine(database.Folder, "plantilla");
        PlanTemplateWriter.Write(template);
    }

    public void Dispose() => database.Dispose();

    private PlanLoadResult LoadAt(string folder, DateTime receivedAtUtc) =>
        PlanLoader.Load(database.Target, [folder], DateOnly.FromDateTime(receivedAtUtc), receivedAtUtc).Single();

    /// <summary>A new version of the template's plan: one more strategy, and the given date typed in the workbook.</summary>
    private string Version(string name, string declaredOn)
    {
        var folder = Path.Combine(database.Folder, name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(template, "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var header = Path.Combine(folder, "plan.csv");
        File.WriteAllText(header, File.ReadAllText(header).Replace("2025-08-10", declaredOn, StringComparison.Ordinal), new UTF8Encoding(true));
        File.AppendAllText(Path.Combine(folder, "estrategias.csv"), "Transporte rural;Transporte escolar;primaria;Zona rural;Rectoría;2025-02-01;2025-11-30\r\n", new UTF8Encoding(false));
        return folder;
    }

    private InstitutionPlan Stored() => PlanRepository.LoadYear(database.Target, 2025)[Dane];

    [Fact]
    public void Load_KeepsTheLatePlanLate_WhenAReuploadDeclaresAnEarlierDate()
    {
        // Arrange: first received 1 September (late), whatever the workbook says (10 August).
        InstitutionCatalogSeed.Add(database.Target, Dane);
        var first = LoadAt(template, new DateTime(2025, 9, 1, 15, 0, 0, DateTimeKind.Utc));

        // Act: a corrected version "declares" 5 August.
        var again = LoadAt(Version("v2", "2025-08-05"), new DateTime(2025, 9, 10, 15, 0, 0, DateTimeKind.Utc));

        // Assert
        Assert.True(first.Loaded, string.Join("\n", first.Errors));
        Assert.True(again.Loaded, string.Join("\n", again.Errors));
        Assert.Equal(new DateOnly(2025, 9, 1), again.Plan!.SubmittedOn);
        var stored = Stored();
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2025, 8, 5)), (stored.SubmittedOn, stored.DeclaredOn));
        Assert.Equal(PlanSubmissionStatus.Late, PlanSubmission.StatusOf(stored.SubmittedOn, Deadline));
        Assert.Equal(2, stored.Strategies.Count);
    }

    [Fact]
    public void Load_KeepsTheFirstReceiptDate_WhenANewVersionArrivesAfterTheDeadline()
    {
        // Arrange: received on the deadline day at 23:30 in Cúcuta (04:30 UTC the next day): on time.
        InstitutionCatalogSeed.Add(database.Target, Dane);
        LoadAt(template, new DateTime(2025, 8, 15, 4, 30, 0, DateTimeKind.Utc));

        // Act
        var again = LoadAt(Version("v2", "2025-08-10"), new DateTime(2025, 10, 1, 12, 0, 0, DateTimeKind.Utc));

        // Assert
        Assert.True(again.Loaded, string.Join("\n", again.Errors));
        Assert.Equal(Deadline, Stored().SubmittedOn);
        Assert.Equal(PlanSubmissionStatus.OnTime, PlanSubmission.StatusOf(Stored().SubmittedOn, Deadline));
        using var connection = database.Target.Open();
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM plan_header"));
    }

    [Fact]
    public void Load_KeepsTheWebFollowUps_WhenANewVersionOfThePlanIsUploaded()
    {
        // Arrange: the template's follow-up sheet records March; the rector then records September and corrects March on the web.
        InstitutionCatalogSeed.Add(database.Target, Dane);
        LoadAt(template, new DateTime(2025, 8, 1, 12, 0, 0, DateTimeKind.Utc));
        Assert.True(PlanRepository.RecordFollowUp(database.Target, Dane, 2025, new PlanFollowUp(9, 8, 6, 2, ["Tutorías de lectura"], null)));
        Assert.True(PlanRepository.RecordFollowUp(database.Target, Dane, 2025, new PlanFollowUp(3, 40, 30, 20, [], "corregido en la web")));

        // Act: a new version whose (stale) follow-up sheet still has the old March row.
        var again = LoadAt(Version("v2", "2025-08-10"), new DateTime(2025, 9, 20, 12, 0, 0, DateTimeKind.Utc));

        // Assert
        Assert.True(again.Loaded, string.Join("\n", again.Errors));
        var followUps = Stored().FollowUps.OrderBy(f => f.Month).Select(f => (f.Month, f.StudentsAtRisk, f.Contacted, f.ReEnrolled)).ToList();
        Assert.Equal([(3, 40, 30, 20), (9, 8, 6, 2)], followUps);
    }

    [Fact]
    public void Load_UpdatesItsOwnFollowUpMonth_WhenANewVersionCorrectsIt()
    {
        // Arrange
        InstitutionCatalogSeed.Add(database.Target, Dane);
        LoadAt(template, new DateTime(2025, 8, 1, 12, 0, 0, DateTimeKind.Utc));
        var v2 = Version("v2", "2025-08-10");
        var sheet = Path.Combine(v2, "seguimiento.csv");
        var lines = File.ReadAllLines(sheet).ToList();
        var march = lines.FindIndex(l => l.Contains(";12;10;3", StringComparison.Ordinal));
        lines[march] = lines[march].Replace(";12;10;3", ";15;10;3", StringComparison.Ordinal);
        File.WriteAllLines(sheet, lines, new UTF8Encoding(true));

        // Act
        var again = LoadAt(v2, new DateTime(2025, 9, 20, 12, 0, 0, DateTimeKind.Utc));

        // Assert
        Assert.True(again.Loaded, string.Join("\n", again.Errors));
        Assert.Equal(15, Assert.Single(Stored().FollowUps).StudentsAtRisk);
    }

    [Fact]
    public void Load_RefusesThePlanNamingFileAndCode_WhenTheDaneCodeIsNotInTheCatalogue()
    {
        // Arrange: the catalogue has another institution only.
        InstitutionCatalogSeed.Add(database.Target, "154001000999");
        var workbook = Path.Combine(template, PlanTemplateWriter.WorkbookFile);

        // Act
        var result = PlanLoader.Load(database.Target, [workbook], new DateOnly(2025, 8, 1), new DateTime(2025, 8, 1, 12, 0, 0, DateTimeKind.Utc)).Single();

        // Assert
        Assert.False(result.Loaded);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith(PlanTemplateWriter.WorkbookFile, error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"la institución con código DANE {Dane} no está en el catálogo de instituciones", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(PlanRepository.LoadYear(database.Target, 2025));
        using var connection = database.Target.Open();
        Assert.Equal("refused", connection.ExecuteScalar<string>("SELECT status FROM load_ledger WHERE kind = 'plan'"));
    }

    [Fact]
    public void Load_RefusesThePlanAskingForASimatCut_WhenNoCatalogueHasBeenLoaded()
    {
        // Act
        var result = LoadAt(template, new DateTime(2025, 8, 1, 12, 0, 0, DateTimeKind.Utc));

        // Assert
        Assert.False(result.Loaded);
        Assert.Contains("no se ha cargado ningún corte del SIMAT", Assert.Single(result.Errors).Cause, StringComparison.Ordinal);
        Assert.Empty(PlanRepository.LoadYear(database.Target, 2025));
    }
}
