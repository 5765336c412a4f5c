using PermanenciaAnalytics.Reports.Tests.Support;

namespace PermanenciaAnalytics.Reports.Tests.Outcomes;

/// <summary>
/// docs/design.md §5 rules as hand-computed scenarios. Cuts of 2025: 31 Mar, 30 Jun, 30 Sep, 30 Nov (final).
/// Student "F" is enrolled at every cut so every scenario has all four cuts.
/// </summary>
internal static class MethodologyScenarios
{
    public const int Year = 2025;
    public const string C1 = "2025-03-31";
    public const string C2 = "2025-06-30";
    public const string C3 = "2025-09-30";
    public const string C4 = "2025-11-30";

    public sealed record Scenario(
        EnrollmentFixtureRow[] Rows,
        Dictionary<string, ExpectedOutcome> Expected,
        ExpectedTransfer[] Transfers,
        string? Until = null);

    private static IEnumerable<EnrollmentFixtureRow> Filler() =>
        new[] { C1, C2, C3, C4 }.Select(c => new EnrollmentFixtureRow(c, "F", "100", 6));

    private static readonly ExpectedOutcome FillerOutcome = new("100", 6, true, 4, false, null);

    private static Scenario Make(EnrollmentFixtureRow[] rows, (string Student, ExpectedOutcome Outcome)[] expected, ExpectedTransfer[]? transfers = null, string? until = null)
    {
        var all = new Dictionary<string, ExpectedOutcome>(StringComparer.Ordinal) { ["F"] = until is null ? FillerOutcome : FillerOutcome with { EnrolledCuts = 3 } };
        foreach (var (student, outcome) in expected)
        {
            all[student] = outcome;
        }

        return new Scenario([.. Filler(), .. rows], all, transfers ?? [], until);
    }

    public static readonly Dictionary<string, Scenario> All = new(StringComparer.Ordinal)
    {
        // Rule 5: absent at the final cut; month of the first cut after the last enrolled cut (30 Sep → 9).
        ["vanish"] = Make(
            [new(C1, "S", "100", 6), new(C2, "S", "100", 6)],
            [("S", new("100", 6, true, 2, true, 9))]),
        // Rule 5: RETIRADO then absent; month of FECHAFIN on the RETIRADO row (15 May → 5), not of the cut (June).
        ["retirado-then-absent"] = Make(
            [new(C1, "S", "100", 6), new(C2, "S", "100", 6, "RETIRADO", "2025-05-15")],
            [("S", new("100", 6, true, 1, true, 5))]),
        // RETIRADO without FECHAFIN: month of the first cut after the last enrolled cut (June).
        ["retirado-without-end-date"] = Make(
            [new(C1, "S", "100", 6), new(C2, "S", "100", 6, "RETIRADO")],
            [("S", new("100", 6, true, 1, true, 6))]),
        // Rule 5, second sentence: disappears at C2, enrolled again at C3 and C4 → not a dropout.
        ["re-enrolment-after-gap"] = Make(
            [new(C1, "S", "100", 4), new(C3, "S", "100", 4), new(C4, "S", "100", 4)],
            [("S", new("100", 4, true, 3, false, null))]),
        // Re-enrolled at C3 but absent again at the final cut → dropout in November.
        ["re-enrolment-then-vanish"] = Make(
            [new(C1, "S", "100", 4), new(C3, "S", "100", 4)],
            [("S", new("100", 4, true, 2, true, 11))]),
        // Rule 6: A at C1–C2, B at C3–C4 → attributed to B, a transfer out of A under grade 7, not a dropout.
        ["transfer-between-institutions"] = Make(
            [new(C1, "S", "200", 7), new(C2, "S", "200", 7), new(C3, "S", "300", 7), new(C4, "S", "300", 7)],
            [("S", new("300", 7, true, 4, false, null))],
            [new("S", "200", 7)]),
        // Transfer at the final cut: RETIRADO at the origin and MATRICULADO at the destination on the same cut.
        ["transfer-at-last-cut-with-retirado"] = Make(
            [new(C1, "S", "200", 8), new(C2, "S", "200", 8), new(C3, "S", "200", 8),
             new(C4, "S", "200", 8, "RETIRADO", "2025-11-10"), new(C4, "S", "300", 8)],
            [("S", new("300", 8, true, 4, false, null))],
            [new("S", "200", 8)]),
        // The grade counted for the transfer is the one of the last enrolled row at the origin (5 → 6 at A, then B).
        ["transfer-after-regrade-at-origin"] = Make(
            [new(C1, "S", "200", 5), new(C2, "S", "200", 6), new(C3, "S", "300", 6), new(C4, "S", "300", 6)],
            [("S", new("300", 6, true, 4, false, null))],
            [new("S", "200", 6)]),
        // Transfer, then vanishes at the destination: a dropout of B and a transfer out of A.
        ["transfer-then-vanish"] = Make(
            [new(C1, "S", "200", 9), new(C2, "S", "300", 9)],
            [("S", new("300", 9, true, 2, true, 9))],
            [new("S", "200", 9)]),
        // An earlier RETIRADO (before the last enrolled cut) does not give the month: first cut after C3 → November.
        ["earlier-retirado-ignored-for-month"] = Make(
            [new(C1, "S", "200", 9), new(C2, "S", "200", 9, "RETIRADO", "2025-04-10"), new(C3, "S", "300", 9)],
            [("S", new("300", 9, true, 2, true, 11))],
            [new("S", "200", 9)]),
        // Regrade inside one institution: attributed grade is the latest one, no transfer.
        ["regrade-inside-institution"] = Make(
            [new(C1, "S", "100", 5), new(C2, "S", "100", 5), new(C3, "S", "100", 6), new(C4, "S", "100", 6)],
            [("S", new("100", 6, true, 4, false, null))]),
        // Rule 1/3: jardín (−1) and ciclo 21 are outside the universe, aceleración (99) inside.
        ["grades-outside-universe"] = Make(
            [new(C1, "J", "100", -1), new(C2, "J", "100", -1), new(C1, "A", "100", 21),
             new(C1, "X", "100", 99), new(C4, "X", "100", 99)],
            [("J", new("100", -1, false, 2, true, 9)), ("A", new("100", 21, false, 1, true, 6)),
             ("X", new("100", 99, true, 2, false, null))]),
        // Rule 2: duplicate rows at one cut count once.
        ["duplicate-rows"] = Make(
            [new(C1, "S", "100", 3), new(C1, "S", "100", 3), new(C2, "S", "100", 3), new(C2, "S", "100", 3)],
            [("S", new("100", 3, true, 2, true, 9))]),
        // Enrolled only at the final cut: enrolled, not a dropout.
        ["only-in-last-cut"] = Make(
            [new(C4, "S", "100", 2)],
            [("S", new("100", 2, true, 1, false, null))]),
        // Present only as RETIRADO all year: never enrolled, not counted.
        ["never-enrolled"] = Make(
            [new(C1, "S", "100", 2, "RETIRADO", "2025-02-20")],
            []),
        // --until 30 Sep: C3 is final, so a student absent only at C4 is not a dropout.
        ["until-makes-earlier-cut-final"] = Make(
            [new(C1, "S", "100", 6), new(C2, "S", "100", 6), new(C3, "S", "100", 6), new(C1, "V", "100", 6)],
            [("S", new("100", 6, true, 3, false, null)), ("V", new("100", 6, true, 1, true, 6))],
            until: C3),
        // Rule 5b: RETIRADO "TRASLADO A OTRO MUNICIPIO" then absent → not a dropout, out of the denominator, a transfer
        // out of its last enrolled institution and grade.
        ["motive-traslado"] = Make(
            [new(C1, "S", "200", 7), new(C2, "S", "200", 7), new(C3, "S", "200", 7, "RETIRADO", "2025-08-20") { Motive = "TRASLADO A OTRO MUNICIPIO" }],
            [("S", new("200", 7, false, 2, false, null))],
            [new("S", "200", 7)]),
        // "Cambio de domicilio" in lower case with accents and extra spaces is a traslado too.
        ["motive-traslado-normalised"] = Make(
            [new(C1, "S", "200", 3), new(C2, "S", "200", 3, "RETIRADO", "2025-05-02") { Motive = "  Cambio  de   domicilio " }],
            [("S", new("200", 3, false, 1, false, null))],
            [new("S", "200", 3)]),
        // "FALLECIMIENTO" → in neither numerator nor denominator, and no transfer.
        ["motive-fallecimiento"] = Make(
            [new(C1, "S", "100", 9), new(C2, "S", "100", 9, "RETIRADO", "2025-06-01") { Motive = "FALLECIMIENTO" }],
            [("S", new("100", 9, false, 1, false, null))]),
        // A move abroad left the Colombian system: "CAMBIO DE PAÍS" stays a dropout (month of FECHAFIN, July).
        ["motive-move-abroad"] = Make(
            [new(C1, "S", "100", 5), new(C2, "S", "100", 5), new(C3, "S", "100", 5, "RETIRADO", "2025-07-14") { Motive = "CAMBIO DE PAÍS" }],
            [("S", new("100", 5, true, 2, true, 7))]),
        // "TRASLADO AL EXTERIOR" contains TRASLAD but is a move abroad: a dropout.
        ["motive-transfer-abroad"] = Make(
            [new(C1, "S", "100", 5), new(C2, "S", "100", 5, "RETIRADO", "2025-04-30") { Motive = "TRASLADO AL EXTERIOR" }],
            [("S", new("100", 5, true, 1, true, 4))]),
        // A blank motive is a deserción.
        ["motive-blank"] = Make(
            [new(C1, "S", "100", 4), new(C2, "S", "100", 4, "RETIRADO", "2025-05-20") { Motive = "   " }],
            [("S", new("100", 4, true, 1, true, 5))]),
        // Only the latest row decides: a traslado at C2, then RETIRADO "RETIRO VOLUNTARIO" at C3 → a dropout (month of
        // the first RETIRADO with FECHAFIN after the last enrolled cut, rule 5: April).
        ["motive-latest-row-decides"] = Make(
            [new(C1, "S", "100", 8), new(C2, "S", "100", 8, "RETIRADO", "2025-04-03") { Motive = "TRASLADO" },
             new(C3, "S", "100", 8, "RETIRADO", "2025-04-03") { Motive = "RETIRO VOLUNTARIO" }],
            [("S", new("100", 8, true, 1, true, 4))]),
        // Vanished without a RETIRADO row: stays a dropout whatever an earlier row said.
        ["motive-vanished-without-retirado"] = Make(
            [new(C1, "S", "100", 8, "RETIRADO", "2025-02-10") { Motive = "TRASLADO" }, new(C2, "S", "100", 8)],
            [("S", new("100", 8, true, 1, true, 9))]),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys)
        {
            data.Add(name);
        }

        return data;
    }
}
