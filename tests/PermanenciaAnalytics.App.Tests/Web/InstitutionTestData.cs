using Dapper;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Plans;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// Additions to <see cref="SeedData"/> for the institution page tests.
/// Sedes of institution A: S1, S2 (grade 6) and S5 (grade 7) in <see cref="MainSede"/> («SEDE PRINCIPAL»); S3 and S4
/// (grade 7) in <see cref="RuralSede"/> (no name in the catalogue). Hand-computed: main sede 3 enrolled, 1 dropout (S2), 0 transfers → 33,33 %;
/// rural sede 1 enrolled (S3), 1 dropout, 1 transfer out (S4, its last row at A was in this sede) → 100,00 %.
/// Plan of A (filed 10 August 2025, on time): targets 6° ≤ 60 %, 7° ≤ 40 %; strategies «Tutorías de lectura» (6°,
/// March–June) and «Escuela de padres» (8°, March–May); a risk factor listing ECONOMICAS; follow-ups in March and May.
/// </summary>
public static class InstitutionTestData
{
    public const string MainSede = "154001000111";
    public const string RuralSede = "154001000112";

    public static readonly InstitutionPlan Plan = new()
    {
        InstitutionDane = SeedData.OwnDane,
        Year = SeedData.Year,
        InstitutionName = "IE SIMÓN BOLÍVAR",
        SubmittedOn = new DateOnly(2025, 8, 10),
        RiskFactors = [new PlanRiskFactor(RiskFactorCategory.Familiar, "Dificultades económicas de las familias", ["ECONOMICAS"])],
        Strategies =
        [
            new PlanStrategy("Tutorías de lectura", StrategyType.Tutorias, [PlanScope.ForGrade(6)], "Bajo rendimiento en lectura", "Coordinación", new DateOnly(2025, 3, 1), new DateOnly(2025, 6, 30)),
            new PlanStrategy("Escuela de padres", StrategyType.EscuelaDePadres, [PlanScope.ForGrade(8)], "Familias", "Orientación", new DateOnly(2025, 3, 1), new DateOnly(2025, 5, 31)),
        ],
        Targets = [new PlanTarget(PlanScope.ForGrade(6), 60m), new PlanTarget(PlanScope.ForGrade(7), 40m)],
        FollowUps =
        [
            new PlanFollowUp(3, 12, 10, 3, ["Tutorías de lectura"], "Visitas domiciliarias"),
            new PlanFollowUp(5, 8, 6, 1, [], null),
        ],
    };

    public static void AddSedes(DatabaseTarget target)
    {
        using (var connection = target.Open())
        {
            connection.Execute("""
                INSERT INTO sede (sede_dane, institution_dane, name) VALUES (@MainSede, @OwnDane, 'SEDE PRINCIPAL'), (@RuralSede, @OwnDane, NULL);
                UPDATE enrollment SET sede_dane = @MainSede WHERE institution_dane = @OwnDane AND student_key IN ('S1', 'S2', 'S5');
                UPDATE enrollment SET sede_dane = @RuralSede WHERE institution_dane = @OwnDane AND student_key IN ('S3', 'S4');
                """, new { MainSede, RuralSede, SeedData.OwnDane });
        }

        // The indicators read the derived outcomes: derive them again, as after a real load.
        OutcomeRecomputer.Recompute(target, SeedData.Year);
    }

    public static void AddPlan(DatabaseTarget target) =>
        PlanRepository.Replace(target, Plan, "plan_permanencia.xlsx", new string('b', 64), new DateTime(2025, 8, 10, 9, 0, 0, DateTimeKind.Utc));
}
