using Dapper;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Reports.Publishing.Model;
using PermanenciaAnalytics.Reports.Publishing;
using PermanenciaAnalytics.Reports.Tests.Support;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Publishing;

public sealed class PublicationInputBuilderTests : IDisposable
{
    private readonly TempSqliteDatabase database = new();

    public void Dispose() => database.Dispose();

    /// <summary>Stands in for the indicators engine (not on this branch): serves the sample's rows by dimension.</summary>
    private sealed class SampleIndicators(PublicationInput sample) : IIndicatorReader
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
    public void Build_MatchesAsOfTheLastLoadedCut_WhenNoMonthIsGiven()
    {
        // Arrange: the last SIMAT cut of 2025 is 30 September; the sample's month rows run February–June.
        var sample = PublicationSample.Build();
        EnrollmentSeeder.Insert(database.Target, 2025,
        [
            new("2025-03-31", "K", PublicationSample.InstitutionA, 6), new("2025-09-30", "K", PublicationSample.InstitutionA, 6),
        ]);
        var builder = new PublicationInputBuilder(database.Target, new SampleIndicators(sample));

        // Act
        var whole = builder.Build(2025).Institutions.Single(i => i.InstitutionDane == PublicationSample.InstitutionA);
        var single = builder.BuildInstitution(2025, PublicationSample.InstitutionA)!;

        // Assert: the matching projects from September (not December), for the publication and the web page alike.
        Assert.Equal((9, 9), (whole.Match.AsOfMonth, single.Match.AsOfMonth));
    }

    [Fact]
    public void Build_NamesTheVersionAfterTheLastLoadedCut_WhenNoMonthIsGiven()
    {
        // Arrange: SIMAT cuts of 2025 on 31 March and 30 September, not yet recomputed; the sample's series end in June.
        var sample = PublicationSample.Build();
        EnrollmentSeeder.Insert(database.Target, 2025,
        [
            new("2025-03-31", "K", PublicationSample.InstitutionA, 6), new("2025-09-30", "K", PublicationSample.InstitutionA, 6),
        ]);

        // Act
        var input = new PublicationInputBuilder(database.Target, new SampleIndicators(sample)).Build(2025);

        // Assert: September, the data's "as of" month, not the series' last month (June) nor December.
        Assert.Equal(9, input.Month);
    }

    [Fact]
    public void Build_NamesTheVersionAfterTheRecomputedFinalCut_WhenRecomputeStoppedEarlier()
    {
        // Arrange: three cuts loaded, recompute --until 2025-08-15 makes 31 July the final cut of the published numbers.
        var sample = PublicationSample.Build();
        EnrollmentSeeder.Insert(database.Target, 2025,
        [
            new("2025-03-31", "K", PublicationSample.InstitutionA, 6), new("2025-07-31", "K", PublicationSample.InstitutionA, 6),
            new("2025-09-30", "K", PublicationSample.InstitutionA, 6),
        ]);
        OutcomeRecomputer.Recompute(database.Target, 2025, new DateOnly(2025, 8, 15));

        // Act
        var input = new PublicationInputBuilder(database.Target, new SampleIndicators(sample)).Build(2025);

        // Assert: July (not September, the last loaded cut, which these numbers do not include).
        Assert.Equal(7, input.Month);
    }

    [Theory]
    [InlineData(null, 6)] // no SIMAT cut of the year: the former rule, the last month of the series (A: 2–6, B: 2 and 6)
    [InlineData(4, 4)] // --month is used as given
    public void Build_KeepsTheGivenOrFormerMonth_WhenThereIsNoCutOrAMonthIsGiven(int? month, int expected)
    {
        // Arrange: no enrolment rows in the database.
        var sample = PublicationSample.Build();

        // Act
        var input = new PublicationInputBuilder(database.Target, new SampleIndicators(sample)).Build(2025, month);

        // Assert
        Assert.Equal(expected, input.Month);
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
