using PermanenciaAnalytics.Core.Risk;

namespace PermanenciaAnalytics.Core.Tests.Risk;

public class RiskFactorRulesTests
{
    private static readonly RiskModel Model = new(1, new Dictionary<string, int>(), 20, 40, 6.0m, 8);

    private static RiskStudentFacts Plain(int grade = 6) => new()
    {
        Year = 2025,
        InstitutionDane = "154001000101",
        Grade = grade,
        Jornada = "MAÑANA",
        BirthDate = new DateOnly(2025 - (grade + 6), 3, 1),
        CountryOrigin = "COLOMBIA",
        Discapacidad = "NO APLICA",
        Repitente = "N",
        Victima = "N",
    };

    public static TheoryData<string, RiskStudentFacts, string[]> Cases() => new()
    {
        { "nothing", Plain(), [] },
        // Grade 6: extra-edad from age 14 on 30 June 2025, i.e. born on or before 30 June 2011.
        { "extra-edad on the day", Plain() with { BirthDate = new DateOnly(2011, 6, 30) }, [RiskFactorCatalog.ExtraEdad] },
        { "one day short of extra-edad", Plain() with { BirthDate = new DateOnly(2011, 7, 1) }, [] },
        { "no birth date", Plain() with { BirthDate = null }, [] },
        { "adult cycle is never extra-edad", Plain(23) with { BirthDate = new DateOnly(1990, 1, 1), Jornada = "NOCTURNA" },
            [RiskFactorCatalog.NightOrWeekend, RiskFactorCatalog.AdultCycle] },
        { "repitente flag", Plain() with { Repitente = "S" }, [RiskFactorCatalog.Repitente] },
        { "same grade as last year", Plain() with { PriorYearLoaded = true, PriorGrade = 6, PriorInstitutionDane = "154001000101" }, [RiskFactorCatalog.Repitente] },
        { "promoted, same school", Plain() with { PriorYearLoaded = true, PriorGrade = 5, PriorInstitutionDane = "154001000101" }, [] },
        { "not here last year", Plain() with { PriorYearLoaded = true }, [RiskFactorCatalog.Nuevo] },
        { "other school last year", Plain() with { PriorYearLoaded = true, PriorGrade = 5, PriorInstitutionDane = "154001000202" }, [RiskFactorCatalog.Nuevo] },
        { "last year unknown: never nuevo", Plain() with { PriorYearLoaded = false }, [] },
        { "transición is not nuevo", Plain(0) with { PriorYearLoaded = true }, [] },
        { "grade back", Plain() with { PriorYearLoaded = true, PriorGrade = 7, PriorInstitutionDane = "154001000101" }, [RiskFactorCatalog.GradeBack] },
        { "gap between cuts", Plain() with { EnrolledCuts = 4, CutsSinceFirstEnrolled = 5 }, [RiskFactorCatalog.Gap] },
        { "late entrant without gap", Plain() with { EnrolledCuts = 2, CutsSinceFirstEnrolled = 2 }, [] },
        { "transfer", Plain() with { InstitutionsThisYear = 2 }, [RiskFactorCatalog.TransferInYear] },
        { "dropped out last year", Plain() with { PriorYearLoaded = true, PriorGrade = 6, PriorInstitutionDane = "154001000101", PriorDropout = true },
            [RiskFactorCatalog.Repitente, RiskFactorCatalog.PriorYearWithdrawal] },
        { "migrant by name", Plain() with { CountryOrigin = "VENEZUELA" }, [RiskFactorCatalog.Migrant] },
        { "migrant by code", Plain() with { CountryOrigin = "862" }, [RiskFactorCatalog.Migrant] },
        { "Colombia by code", Plain() with { CountryOrigin = "170" }, [] },
        { "country not specified", Plain() with { CountryOrigin = "996" }, [] },
        { "víctima", Plain() with { Victima = "SI" }, [RiskFactorCatalog.Victim] },
        { "discapacidad", Plain() with { Discapacidad = "DISCAPACIDAD VISUAL" }, [RiskFactorCatalog.Disability] },
        { "discapacidad 6A no aplica", Plain() with { Discapacidad = "99" }, [] },
        { "weekend jornada by code", Plain() with { Jornada = "5" }, [RiskFactorCatalog.NightOrWeekend] },
        { "sede at the threshold", Plain() with { SedePriorRate = 6.0m }, [RiskFactorCatalog.SedeHighDropout] },
        { "sede below the threshold", Plain() with { SedePriorRate = 5.99m }, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detect_ReturnsTheFactorsInCatalogueOrder_WhenTheFactsHoldThem(string name, RiskStudentFacts facts, string[] expected)
    {
        // Arrange: the case. Act
        var factors = RiskFactorRules.Detect(facts, Model);

        // Assert
        Assert.True(expected.SequenceEqual(factors), $"{name}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", factors)}]");
    }
}
