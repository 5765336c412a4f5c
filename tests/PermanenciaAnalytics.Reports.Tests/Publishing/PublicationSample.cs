using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing.Model;

namespace PermanenciaAnalytics.Reports.Tests.Publishing;

/// <summary>A small hand-made publication: two institutions, one with a plan, one without; grade 11 of A has 3 students.</summary>
internal static class PublicationSample
{
    public const string InstitutionA = "154001000001";
    public const string InstitutionB = "154001000002";

    public static IndicatorRow Grade(string dane, int grade, long enrolled, long dropouts) =>
        new() { Year = 2025, InstitutionDane = dane, Grade = grade, Enrolled = enrolled, Dropouts = dropouts, TransfersOut = 1 };

    public static IndicatorRow Month(string dane, int month, long enrolled, long dropouts) =>
        new() { Year = 2025, InstitutionDane = dane, Month = month, Enrolled = enrolled, Dropouts = dropouts, TransfersOut = 0 };

    public static InstitutionPlan PlanA { get; } = new()
    {
        InstitutionDane = InstitutionA,
        Year = 2025,
        InstitutionName = "Institución Educativa Simón Bolívar",
        SubmittedOn = new DateOnly(2025, 8, 20),
        RiskFactors = [new PlanRiskFactor(RiskFactorCategory.Familiar, "Migración", ["CAMBIO DE RESIDENCIA"])],
        Strategies = [new PlanStrategy("Tutorías", StrategyType.Tutorias, [PlanScope.ForGrade(6)], "Sexto", "Coordinación", new DateOnly(2025, 3, 1), new DateOnly(2025, 5, 31))],
        Targets = [new PlanTarget(PlanScope.ForLevel(Core.Grades.EducationLevel.Secundaria), 3.5m), new PlanTarget(PlanScope.ForGrade(0), 5m)],
        FollowUps = [new PlanFollowUp(3, 10, 8, 2, ["Tutorías"], null), new PlanFollowUp(4, 9, 9, 1, [], null)],
    };

    public static PublicationInput Build()
    {
        var gradesA = new[] { Grade(InstitutionA, 0, 60, 4), Grade(InstitutionA, 6, 120, 6), Grade(InstitutionA, 7, 110, 2), Grade(InstitutionA, 11, 3, 1) };
        var monthsA = new[] { Month(InstitutionA, 2, 293, 1), Month(InstitutionA, 3, 293, 4), Month(InstitutionA, 4, 293, 7), Month(InstitutionA, 5, 293, 10), Month(InstitutionA, 6, 293, 13) };
        var gradesB = new[] { Grade(InstitutionB, 1, 80, 2), Grade(InstitutionB, 2, 75, 5) };
        var monthsB = new[] { Month(InstitutionB, 2, 155, 2), Month(InstitutionB, 6, 155, 7) };
        var options = MatchingOptions.Default;
        var matchA = PlanMatcher.Match(new PlanMatchInput(InstitutionA, 2025, PlanA, gradesA, monthsA, 4.69m, new Dictionary<string, int> { ["CAMBIO DE RESIDENCIA"] = 3, ["TRABAJAR"] = 2 }), options);
        var matchB = PlanMatcher.Match(new PlanMatchInput(InstitutionB, 2025, null, gradesB, monthsB, 4.69m, new Dictionary<string, int>()), options);
        return new PublicationInput
        {
            Year = 2025,
            Month = 6,
            Institutions =
            [
                new InstitutionPublication(InstitutionA, "Institución Educativa Simón Bolívar", gradesA, monthsA, PlanA, matchA),
                new InstitutionPublication(InstitutionB, "Colegio Municipal Nuestra Señora de Belén", gradesB, monthsB, null, matchB),
            ],
            ByInstitution =
            [
                new IndicatorRow { Year = 2025, InstitutionDane = InstitutionA, InstitutionName = "Institución Educativa Simón Bolívar", Enrolled = 293, Dropouts = 13, TransfersOut = 4 },
                new IndicatorRow { Year = 2025, InstitutionDane = InstitutionB, InstitutionName = "Colegio Municipal Nuestra Señora de Belén", Enrolled = 155, Dropouts = 7, TransfersOut = 2 },
            ],
            MunicipalTotal = new IndicatorRow { Year = 2025, Enrolled = 448, Dropouts = 21, TransfersOut = 6 },
            // Level transfers add up to the municipal 6 (one per grade row): joint suppression relies on consistent totals.
            MunicipalByLevel =
            [
                new IndicatorRow { Year = 2025, Level = "transicion", Enrolled = 60, Dropouts = 4, TransfersOut = 1 },
                new IndicatorRow { Year = 2025, Level = "primaria", Enrolled = 155, Dropouts = 7, TransfersOut = 2 },
                new IndicatorRow { Year = 2025, Level = "secundaria", Enrolled = 230, Dropouts = 8, TransfersOut = 2 },
                new IndicatorRow { Year = 2025, Level = "media", Enrolled = 3, Dropouts = 1, TransfersOut = 1 },
            ],
            Options = options,
        };
    }
}
