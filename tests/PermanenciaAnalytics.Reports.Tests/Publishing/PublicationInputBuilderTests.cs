using Dapper;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Reports.Publishing;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Publishing;

public sealed class PublicationInputBuilderTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();

    public void Dispose() => database.Dispose();

    /// <summary>Stands in for the indicators engine (not on this branch): serves the sample's rows by dimension.</summary>
    private sealed class SampleIndicators(PublicationInput sample) : IIndicatorSource
    {
        public IReadOnlyList<IndicatorRow> Query(int year, IndicatorDimension by, string? institutionDane) => by switch
        {
            IndicatorDimension.Institution => sample.ByInstitution,
            IndicatorDimension.Municipality => [sample.MunicipalTotal!],
            IndicatorDimension.Level => sample.MunicipalByLevel,
            IndicatorDimension.InstitutionGrade => sample.Institutions.Single(i => i.InstitutionDane == institutionDane).ByGrade,
            IndicatorDimension.Month => sample.Institutions.Single(i => i.InstitutionDane == institutionDane).ByMonth,
            _ => [],
        };
    }

    private void InsertSimpadeDropout(int row, string student, params string[] reasons)
    {
        using var connection = database.Target.Open();
        connection.Execute(
            "INSERT OR IGNORE INTO load_ledger (load_id, file_name, sha256, kind, school_year, status, started_at) VALUES (1, 'simpade.csv', 'abc', 'simpade', 2025, 'loaded', '2025-11-30')");
        connection.Execute(
            "INSERT INTO simpade_dropout (load_id, row_number, school_year, student_key, institution_dane, reasons_reported) VALUES (1, @row, 2025, @student, @dane, 1)",
            new { row, student, dane = PublicationSample.InstitutionA });
        foreach (var reason in reasons)
        {
            connection.Execute("INSERT INTO simpade_dropout_reason (load_id, row_number, reason_code) VALUES (1, @row, @reason)", new { row, reason });
        }
    }

    [Fact]
    public void Build_ReadsPlansAndSimpadeReasons_FromTheDatabase()
    {
        // Arrange: the sample's plan for A stored in SQLite; three SIMPADE dropouts of A, one student listed twice.
        var sample = PublicationSample.Build();
        PlanRepository.Replace(database.Target, PublicationSample.PlanA, "plan.xlsx", new string('a', 64), new DateTime(2025, 8, 20));
        InsertSimpadeDropout(1, "S1", "CAMBIO DE RESIDENCIA", "TRABAJAR");
        InsertSimpadeDropout(2, "S2", "CAMBIO DE RESIDENCIA");
        InsertSimpadeDropout(3, "S1", "CAMBIO DE RESIDENCIA");

        // Act
        var input = new PublicationInputBuilder(database.Target, new SampleIndicators(sample)).Build(2025, 6);

        // Assert
        var a = input.Institutions.Single(i => i.InstitutionDane == PublicationSample.InstitutionA);
        var b = input.Institutions.Single(i => i.InstitutionDane == PublicationSample.InstitutionB);
        Assert.Equal(PlanSubmissionStatus.Late, a.Match.Submission);
        Assert.Equal(PlanSubmissionStatus.Missing, b.Match.Submission);
        Assert.Equal([("CAMBIO DE RESIDENCIA", 2)], a.Match.Reasons.Covered.Select(r => (r.Code, r.Dropouts)));
        Assert.Equal([("TRABAJAR", 1)], a.Match.Reasons.Uncovered.Select(r => (r.Code, r.Dropouts)));
        Assert.Equal(50.00m, a.Match.Reasons.CoveragePercent);
        Assert.Equal(6, input.Month);
        Assert.Equal("Institución Educativa Simón Bolívar", a.InstitutionName);
    }

    [Fact]
    public void BuildInstitution_GivesTheSameMaterialAsBuild_ForOneInstitution()
    {
        // Arrange: the same stored plan and SIMPADE reasons as above.
        var sample = PublicationSample.Build();
        PlanRepository.Replace(database.Target, PublicationSample.PlanA, "plan.xlsx", new string('a', 64), new DateTime(2025, 8, 20));
        InsertSimpadeDropout(1, "S1", "CAMBIO DE RESIDENCIA", "TRABAJAR");
        InsertSimpadeDropout(2, "S2", "CAMBIO DE RESIDENCIA");
        var builder = new PublicationInputBuilder(database.Target, new SampleIndicators(sample));

        // Act
        var whole = builder.Build(2025, 6).Institutions.Single(i => i.InstitutionDane == PublicationSample.InstitutionA);
        var single = builder.BuildInstitution(2025, PublicationSample.InstitutionA, 6)!;

        // Assert: identical matching, rows, plan and name.
        Assert.Equal(whole.InstitutionName, single.InstitutionName);
        Assert.Equal(whole.Plan?.InstitutionDane, single.Plan?.InstitutionDane);
        Assert.Equal(whole.ByGrade, single.ByGrade);
        Assert.Equal(whole.ByMonth, single.ByMonth);
        Assert.Equal(whole.Match.Submission, single.Match.Submission);
        Assert.Equal(whole.Match.AsOfMonth, single.Match.AsOfMonth);
        Assert.Equal(whole.Match.Targets, single.Match.Targets);
        Assert.Equal(whole.Match.UntargetedAboveMunicipal, single.Match.UntargetedAboveMunicipal);
        Assert.Equal(whole.Match.Reasons.Covered, single.Match.Reasons.Covered);
        Assert.Equal(whole.Match.Reasons.Uncovered, single.Match.Reasons.Uncovered);
        Assert.Equal(whole.Match.MonthsWithoutFollowUp, single.Match.MonthsWithoutFollowUp);
        Assert.Equal(whole.Match.StrategiesEndedWithoutFollowUp.Select(s => s.Name), single.Match.StrategiesEndedWithoutFollowUp.Select(s => s.Name));
    }

    [Fact]
    public void BuildInstitution_ReturnsNull_WhenTheInstitutionHasNeitherEnrolmentNorPlan()
    {
        // Arrange
        var builder = new PublicationInputBuilder(database.Target, new SampleIndicators(PublicationSample.Build()));

        // Act
        var result = builder.BuildInstitution(2025, "154001999999");

        // Assert
        Assert.Null(result);
    }
}
