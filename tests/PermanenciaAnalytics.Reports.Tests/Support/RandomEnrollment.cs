using System.Globalization;

namespace PermanenciaAnalytics.Reports.Tests.Support;

/// <summary>
/// Random multi-cut SIMAT data: students who stay, vanish, come back after gaps, retire (with or without FECHAFIN, with any kind of motive),
/// transfer between institutions (also at the final cut, with a RETIRADO row at the origin), change grade, appear as
/// duplicates, or sit outside the universe. Deterministic for a seed.
/// </summary>
internal static class RandomEnrollment
{
    private static readonly int[] Grades = [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 21, 99];

    // RETIRADO motives as real exports write them (rule 5b): transfers, deaths, moves abroad, blanks and the rest.
    private static readonly string?[] Motives =
    [
        null, "", "NO CONTINUÓ EN EL ESTABLECIMIENTO EDUCATIVO", "  traslado a otra   institución ", "CAMBIO DE DOMICILIO",
        "Cambio de país", "TRASLADO AL EXTERIOR", "FALLECIMIENTO", "muerte del estudiante", "RETIRO VOLUNTARIO",
        "PASÓ AL SECTOR PRIVADO", "OTRO MUNICIPIO",
    ];

    public static List<EnrollmentFixtureRow> Generate(int seed, int students, int cutCount, int institutions, int year = 2025)
    {
#pragma warning disable CA5394 // Test data, not security.
        var random = new Random(seed);
        var cuts = Enumerable.Range(0, cutCount)
            .Select(i => new DateOnly(year, 2 + i * 10 / Math.Max(cutCount, 1), 1).AddDays(i % 2 * 14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Distinct().ToList();
        var byCut = cuts.ToDictionary(c => c, _ => new List<EnrollmentFixtureRow>(), StringComparer.Ordinal);
        for (var s = 0; s < students; s++)
        {
            var student = $"P{s:D6}";
            var institution = $"1540010{random.Next(institutions):D5}";
            var grade = Grades[random.Next(Grades.Length)];
            var start = random.Next(cuts.Count);
            var present = true;
            for (var c = start; c < cuts.Count; c++)
            {
                var roll = random.NextDouble();
                if (present && roll < 0.04)
                {
                    // Retires: a RETIRADO row, sometimes with FECHAFIN, then absent for a while.
                    var end = random.NextDouble() < 0.7 ? DateOnly.ParseExact(cuts[c], "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-random.Next(1, 40)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
                    byCut[cuts[c]].Add(new EnrollmentFixtureRow(cuts[c], student, institution, grade, "RETIRADO", end) { Motive = Motives[random.Next(Motives.Length)] });
                    present = false;
                    continue;
                }

                if (!present)
                {
                    present = roll > 0.85; // sometimes comes back after a gap
                    if (!present)
                    {
                        continue;
                    }
                }
                else if (roll < 0.08)
                {
                    present = false; // vanishes without a row
                    continue;
                }

                if (random.NextDouble() < 0.05)
                {
                    // Transfer: sometimes with a RETIRADO row at the origin on the same cut.
                    if (random.NextDouble() < 0.5)
                    {
                        byCut[cuts[c]].Add(new EnrollmentFixtureRow(cuts[c], student, institution, grade, "RETIRADO", cuts[c]));
                    }

                    institution = $"1540010{random.Next(institutions):D5}";
                }

                if (random.NextDouble() < 0.02 && grade is >= 0 and < 11)
                {
                    grade++;
                }

                byCut[cuts[c]].Add(new EnrollmentFixtureRow(cuts[c], student, institution, grade));
                if (random.NextDouble() < 0.02)
                {
                    byCut[cuts[c]].Add(new EnrollmentFixtureRow(cuts[c], student, random.NextDouble() < 0.5 ? institution : $"1540010{random.Next(institutions):D5}", grade));
                }
            }
        }
#pragma warning restore CA5394

        return cuts.SelectMany(c => byCut[c]).ToList();
    }
}
