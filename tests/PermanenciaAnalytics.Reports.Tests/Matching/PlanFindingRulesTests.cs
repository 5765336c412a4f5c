using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;

namespace PermanenciaAnalytics.Reports.Tests.Matching;

public class PlanFindingRulesTests
{
    private static IndicatorRow Grade(int grade, long enrolled, long dropouts) =>
        new() { Year = 2025, InstitutionDane = "154001000001", Grade = grade, Enrolled = enrolled, Dropouts = dropouts, TransfersOut = 0 };

    private static PlanStrategy Strategy(string name, string scopes, string start, string end) => new(
        name,
        StrategyType.Tutorias,
        scopes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => PlanScope.TryParse(s, out var p) ? p : throw new ArgumentException(s)).ToList(),
        "Estudiantes",
        "Rectoría",
        DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

    private static InstitutionPlan Plan(params PlanStrategy[] strategies) => new()
    {
        InstitutionDane = "154001000001",
        Year = 2025,
        SubmittedOn = new DateOnly(2025, 8, 1),
        Strategies = strategies,
    };

    // 6: 5/100 = 5.00, 7: 2/100 = 2.00, 8: 4/100 = 4.00, 10: 3/50 = 6.00; municipal 3.00.
    private static readonly IndicatorRow[] Grades = [Grade(6, 100, 5), Grade(7, 100, 2), Grade(8, 100, 4), Grade(10, 50, 3)];

    public static TheoryData<string, string> UntargetedCases() => new()
    {
        // strategy on grade 6 only: 8 and 10 above 3.00 untargeted; secundaria counts as targeted through 6;
        // media has only grade 10 here, so its level finding would repeat grade 10's and is not reported
        { "6", "8,10" },
        // a strategy without grades targets the whole institution
        { "", "" },
        // a level strategy covers its grades
        { "secundaria", "10" },
    };

    [Theory]
    [MemberData(nameof(UntargetedCases))]
    public void UntargetedFind_ReturnsScopesAboveMunicipalRate_WithoutStrategy(string strategyScopes, string expected)
    {
        // Arrange
        var plan = Plan(Strategy("Tutorías", strategyScopes, "2025-03-01", "2025-06-30"));

        // Act
        var found = UntargetedScopeRule.Find(plan, Grades, 3.00m);

        // Assert
        Assert.Equal(expected, string.Join(",", found.Select(f => f.Scope.Key)));
    }

    [Fact]
    public void UntargetedFind_ReportsEveryScopeAbove_WhenThereIsNoPlan()
    {
        // secundaria = (5+2+4)/300 = 3.67 > 3.00
        var found = UntargetedScopeRule.Find(null, Grades, 3.00m);
        Assert.Equal("6,8,10,secundaria", string.Join(",", found.Select(f => f.Scope.Key)));
        Assert.Equal(3.67m, found.Single(f => f.Scope.Key == "secundaria").Rate);
    }

    [Fact]
    public void ReasonCoverage_CountsListedCodesAndWholeCategories()
    {
        // Arrange: TRABAJAR listed; escolar factor without codes covers ACOSO ESCOLAR; CAMBIO DE RESIDENCIA uncovered.
        var plan = Plan() with
        {
            RiskFactors =
            [
                new PlanRiskFactor(RiskFactorCategory.Individual, "Trabajo infantil", ["TRABAJAR"]),
                new PlanRiskFactor(RiskFactorCategory.Escolar, "Clima escolar", []),
            ],
        };
        var observed = new Dictionary<string, int> { ["TRABAJAR"] = 3, ["CAMBIO DE RESIDENCIA"] = 2, ["ACOSO ESCOLAR"] = 1, ["PANDILLISMO"] = 0 };

        // Act
        var coverage = ReasonCoverageRule.Assess(plan, observed);

        // Assert: 2 of 3 observed reasons → 66.67 %
        Assert.Equal(["TRABAJAR", "ACOSO ESCOLAR"], coverage.Covered.Select(r => r.Code));
        Assert.Equal(["CAMBIO DE RESIDENCIA"], coverage.Uncovered.Select(r => r.Code));
        Assert.Equal(66.67m, coverage.CoveragePercent);
        Assert.Equal("Cambio de residencia", coverage.Uncovered[0].Label);
    }

    [Fact]
    public void FollowUpRules_FindMissingMonthsAndEndedStrategies()
    {
        // Arrange: records for Feb, Mar, May; as of June → April and June missing.
        var plan = Plan(
                Strategy("Tutorías", "6", "2025-03-01", "2025-04-30"),
                Strategy("PAE reforzado", "", "2025-02-01", "2025-05-31"),
                Strategy("Escuela de padres", "", "2025-06-01", "2025-10-31")) with
        {
            FollowUps =
            [
                new PlanFollowUp(2, 10, 8, 1, [], null),
                new PlanFollowUp(3, 12, 10, 3, ["tutorias"], null),
                new PlanFollowUp(5, 9, 9, 2, [], null),
            ],
        };

        // Act
        var months = FollowUpRule.MonthsWithout(plan, 6, MatchingOptions.Default);
        var ended = FollowUpRule.StrategiesEndedWithout(plan, 6);

        // Assert: Tutorías followed in March (name matched without accents); PAE ended 31 May with none; Escuela not ended.
        Assert.Equal([4, 6], months);
        Assert.Equal(["PAE reforzado"], ended.Select(s => s.Name));
    }

    [Fact]
    public void MunicipalView_RanksByRateThenDropouts_AndCountsPlans()
    {
        // Arrange: A 5/100 = 5.00, B 2/50 = 4.00, C 4/80 = 5.00 (tie with A, fewer dropouts).
        IndicatorRow Inst(string dane, long enrolled, long dropouts) =>
            new() { Year = 2025, InstitutionDane = dane, Enrolled = enrolled, Dropouts = dropouts, TransfersOut = 0 };
        var rows = new[] { Inst("B", 50, 2), Inst("C", 80, 4), Inst("A", 100, 5) };
        var submissions = new Dictionary<string, PlanSubmissionStatus> { ["A"] = PlanSubmissionStatus.OnTime, ["C"] = PlanSubmissionStatus.Late };

        // Act
        var view = MunicipalPlanView.Build(rows, submissions);

        // Assert
        Assert.Equal(["A", "C", "B"], view.Ranking.Select(r => r.Indicators.InstitutionDane));
        Assert.Equal(PlanSubmissionStatus.Missing, view.Ranking[2].Submission);
        Assert.Equal((1, 1, 1), (view.MissingPlans, view.LatePlans, view.OnTimePlans));
    }

    [Theory]
    [InlineData("2025-08-14", PlanSubmissionStatus.OnTime)]
    [InlineData("2025-08-15", PlanSubmissionStatus.Late)]
    [InlineData(null, PlanSubmissionStatus.Missing)]
    public void SubmissionStatus_ComparesWithTheFourteenthOfAugust(string? submitted, PlanSubmissionStatus expected)
    {
        DateOnly? date = submitted is null ? null : DateOnly.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, PlanSubmission.StatusOf(date, PlanSubmission.DefaultDeadline(2025)));
    }

    [Fact]
    public void TargetPath_SpreadsTheAllowanceOverSchoolMonths()
    {
        // grade 6 target 4 % of 100 = 4; grade 10 level target (media) 2 % of 50 = 1; total 5 → June = 5 × 5/10 = 2.5
        var plan = Plan() with { Targets = [new PlanTarget(PlanScope.ForGrade(6), 4m), new PlanTarget(PlanScope.ForLevel(Core.Grades.EducationLevel.Media), 2m)] };
        var allowance = TargetPath.YearEndAllowance(plan, Grades);
        Assert.Equal(5m, allowance);
        Assert.Equal(2.5m, TargetPath.AllowedAt(allowance!.Value, 6, MatchingOptions.Default));
    }
}
