using FsCheck.Xunit;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Tests.Support;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Outcomes;

public class ReferenceAgreementProperties
{
    [Property(MaxTest = 4)]
    public void Recompute_AgreesWithReference_OnRandomMultiCutData(int seed, bool useUntil)
    {
        // Arrange: 2,500 students, 10 cuts, 8 institutions.
        var rows = RandomEnrollment.Generate(seed, students: 2500, cutCount: 10, institutions: 8);
        var cuts = rows.Select(r => r.Cut).Distinct().Order(StringComparer.Ordinal).ToList();
        var until = useUntil ? cuts[cuts.Count - 3] : null;
        var (expected, expectedTransfers) = ReferenceOutcomes.Compute(rows, until);
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, rows);

        // Act
        OutcomeRecomputer.Recompute(database.Target, 2025, until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        var actual = OutcomeReader.Outcomes(database.Target, 2025);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (student, outcome) in expected)
        {
            Assert.Equal(outcome, actual[student]);
        }

        Assert.Equal(expectedTransfers, OutcomeReader.Transfers(database.Target, 2025));
    }

    [Property(MaxTest = 4)]
    public void IndicatorQuery_AgreesWithReferenceCounts_ByInstitutionAndGrade(int seed)
    {
        // Arrange
        var rows = RandomEnrollment.Generate(seed, students: 2000, cutCount: 10, institutions: 6);
        var (outcomes, transfers) = ReferenceOutcomes.Compute(rows);
        var inUniverse = outcomes.Values.Where(o => o.InUniverse).ToList();
        var expected = inUniverse.Select(o => (o.Institution, o.Grade))
            .Concat(transfers.Where(t => t.Grade is >= 0 and <= 11 or 99).Select(t => (t.Institution, t.Grade)))
            .Distinct()
            .Select(key => (key.Institution, key.Grade,
                Enrolled: (long)inUniverse.Count(o => o.Institution == key.Institution && o.Grade == key.Grade),
                Dropouts: (long)inUniverse.Count(o => o.Institution == key.Institution && o.Grade == key.Grade && o.IsDropout),
                Transfers: (long)transfers.Count(t => t.Institution == key.Institution && t.Grade == key.Grade)))
            .OrderBy(x => x.Institution, StringComparer.Ordinal).ThenBy(x => x.Grade)
            .ToList();
        using var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2025, rows);
        OutcomeRecomputer.Recompute(database.Target, 2025);

        // Act
        var actual = new IndicatorEngine(database.Target).Query(new IndicatorRequest(2025, IndicatorDimension.InstitutionGrade));

        // Assert
        Assert.Equal(expected, actual.Select(r => (r.InstitutionDane!, r.Grade!.Value, r.Enrolled, r.Dropouts, r.TransfersOut)).ToList());
    }
}
