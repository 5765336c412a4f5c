using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing.Html;

namespace PermanenciaAnalytics.Reports.Tests.Publishing;

/// <summary>The plan components the published page and the web page share: same findings, each page's own wording.</summary>
public sealed class PlanComponentsTests : IAsyncDisposable
{
    private static readonly PlanWording NumericWording = new("dd/MM/yyyy", "—");

    private readonly PublicationHtml html = new();

    public ValueTask DisposeAsync() => html.DisposeAsync();

    [Fact]
    public void PlanFindings_WritesTheStrategyEndInThePagesWording_WhenAStrategyEndedWithoutFollowUp()
    {
        // Arrange: one strategy ended 31 May with no follow-up record.
        var match = Match(strategiesEnded: [new PlanStrategy("Escuela de padres", StrategyType.Pae, [PlanScope.ForGrade(6)], "Familias", "Rectoría", new DateOnly(2025, 2, 1), new DateOnly(2025, 5, 31))]);

        // Act
        var published = Findings(match, PlanWording.Published);
        var web = Findings(match, NumericWording);

        // Assert: the same finding, dated as each page dates everything else.
        Assert.Contains("<li class=\"warn\">La estrategia «Escuela de padres» terminó el 31 de mayo sin registros de seguimiento.</li>", published, StringComparison.Ordinal);
        Assert.Contains("<li class=\"warn\">La estrategia «Escuela de padres» terminó el 31/05/2025 sin registros de seguimiento.</li>", web, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanFindings_SaysSinHallazgos_WhenTheMatchFoundNothing()
    {
        // Act
        var text = Findings(Match(), PlanWording.Published);

        // Assert: no empty list.
        Assert.Contains("<p>Sin hallazgos.</p>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanTargets_ReservesTheResult_WhenTheTargetsGradeIsHidden()
    {
        // Arrange: a 6° target of 5 %, whose grade row is suppressed.
        var target = new TargetAssessment(new PlanTarget(PlanScope.ForGrade(6), 5m), 50, 1, 2m, 4m, TargetStatus.AtRisk);
        var match = Match() with { Targets = [target] };

        // Act
        var text = html.Render<PlanTargets>(new Dictionary<string, object?> { ["Match"] = match, ["HiddenGrades"] = new HashSet<int> { 6 } });

        // Assert: the target shows, its rates and result do not.
        Assert.Contains("<tr><th scope=\"row\">6°</th><td class=\"num\">5,00 %</td><td class=\"num\">reservado</td><td class=\"num\">reservado</td><td>dato reservado</td></tr>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("En riesgo", text, StringComparison.Ordinal);
    }

    private string Findings(PlanMatchResult match, PlanWording wording) =>
        html.Render<PlanFindings>(new Dictionary<string, object?> { ["Match"] = match, ["HiddenGrades"] = new HashSet<int>(), ["Wording"] = wording });

    private static PlanMatchResult Match(IReadOnlyList<PlanStrategy>? strategiesEnded = null) =>
        new("154001000001", 2025, 6, PlanSubmissionStatus.OnTime, [], [], new ReasonCoverage([], [], null), [], strategiesEnded ?? []);
}
