using Bunit;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing.Html;

namespace PermanenciaAnalytics.Reports.Tests.Publishing;

/// <summary>The plan components the published page and the web page share: same findings, each page's own wording.</summary>
public sealed class PlanComponentsTests : BunitContext
{
    private static readonly PlanWording NumericWording = new("dd/MM/yyyy", "—");

    [Fact]
    public void PlanFindings_WritesTheStrategyEndInThePagesWording_WhenAStrategyEndedWithoutFollowUp()
    {
        // Arrange: one strategy ended 31 May with no follow-up record.
        var match = Match(strategiesEnded: [new PlanStrategy("Escuela de padres", StrategyType.Pae, [PlanScope.ForGrade(6)], "Familias", "Rectoría", new DateOnly(2025, 2, 1), new DateOnly(2025, 5, 31))]);

        // Act
        var published = Findings(match, PlanWording.Published);
        var web = Findings(match, NumericWording);

        // Assert: the same finding, dated as each page dates everything else.
        Assert.Equal("La estrategia «Escuela de padres» terminó el 31 de mayo sin registros de seguimiento.", published.Find("li.warn").TextContent);
        Assert.Equal("La estrategia «Escuela de padres» terminó el 31/05/2025 sin registros de seguimiento.", web.Find("li.warn").TextContent);
    }

    [Fact]
    public void PlanFindings_SaysSinHallazgos_WhenTheMatchFoundNothing()
    {
        // Act
        var findings = Findings(Match(), PlanWording.Published);

        // Assert: no empty list.
        Assert.Equal("Sin hallazgos.", findings.Find("p").TextContent);
        Assert.Empty(findings.FindAll("ul"));
    }

    [Fact]
    public void PlanTargets_ReservesTheResult_WhenTheTargetsGradeIsHidden()
    {
        // Arrange: a 6° target of 5 %, whose grade row is suppressed.
        var target = new TargetAssessment(new PlanTarget(PlanScope.ForGrade(6), 5m), 50, 1, 2m, 4m, TargetStatus.AtRisk);
        var match = Match() with { Targets = [target] };

        // Act
        var targets = Render<PlanTargets>(p => p.Add(c => c.Match, match).Add(c => c.HiddenGrades, new HashSet<int> { 6 }));

        // Assert: the target shows, its rates and result do not.
        var row = targets.FindAll("tbody tr").Single();
        Assert.Equal("6°", row.QuerySelector("th")!.TextContent);
        Assert.Equal(["5,00 %", "reservado", "reservado", "dato reservado"], row.QuerySelectorAll("td").Select(td => td.TextContent).ToArray());
        Assert.DoesNotContain("En riesgo", targets.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<PlanFindings> Findings(PlanMatchResult match, PlanWording wording) =>
        Render<PlanFindings>(p => p.Add(c => c.Match, match).Add(c => c.HiddenGrades, new HashSet<int>()).Add(c => c.Wording, wording));

    private static PlanMatchResult Match(IReadOnlyList<PlanStrategy>? strategiesEnded = null) =>
        new("154001000001", 2025, 6, PlanSubmissionStatus.OnTime, [], [], new ReasonCoverage([], [], null), [], strategiesEnded ?? []);
}
