using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.Etl.Tests.Synthetic;

/// <summary>
/// The synthetic dropout depends on the student (SyntheticDropoutRisk): over-age, repeating, migrant students drop out
/// more, in the year drawn and among the prior year's leavers, with noise (no factor decides alone).
/// </summary>
public sealed class SyntheticDropoutRiskTests
{
    private static readonly SyntheticYearOptions Options = new() { Year = 2025, Students = 40_000, Institutions = 20, Seed = 5 };

    // Flags travel as their names: StudentFlags is internal to the generator.
    public static TheoryData<string, double> Factors() => new()
    {
        { nameof(StudentFlags.ExtraEdad), 1.5 },
        { nameof(StudentFlags.Repitente), 1.25 },
        { nameof(StudentFlags.Migrant), 1.2 },
    };

    [Theory]
    [MemberData(nameof(Factors))]
    public void Create_MakesStudentsWithAFactorDropOutMore_WhenTheYearIsDrawn(string factor, double minimumRatio)
    {
        // Arrange
        var flag = Enum.Parse<StudentFlags>(factor);

        // Act
        var universe = SyntheticPopulation.Create(Options).Students.Where(s => s.Grade is >= 0 and <= 11).ToList();

        // Assert
        var with = Rate(universe.Where(s => s.Has(flag)));
        var without = Rate(universe.Where(s => !s.Has(flag)));
        Assert.True(with > minimumRatio * without, $"{flag}: {with:P2} vs {without:P2}");
        Assert.True(with < 0.5, $"{flag}: {with:P2} — the factor must not decide alone");
    }

    [Fact]
    public void Create_GivesThePriorYearsDropoutsMoreOverAgeStudents_ThanItsOtherStudents()
    {
        // Arrange / Act
        var prior = SyntheticPopulation.Create(Options with { Year = 2024, PriorYear = true }).Students
            .Where(s => GradeCatalog.IsInDropoutUniverse(s.Grade) && s.Grade != 99).ToList();

        // Assert
        var dropouts = prior.Where(s => s.IsDropout).ToList();
        var share = dropouts.Count(s => s.Has(StudentFlags.ExtraEdad)) / (double)dropouts.Count;
        var othersShare = prior.Where(s => !s.IsDropout).Count(s => s.Has(StudentFlags.ExtraEdad)) / (double)(prior.Count - dropouts.Count);
        Assert.True(share > 1.4 * othersShare, $"extra-edad among dropouts {share:P1} vs others {othersShare:P1}");
    }

    private static double Rate(IEnumerable<SyntheticStudent> students)
    {
        var list = students.ToList();
        return list.Count(s => s.IsDropout) / (double)list.Count;
    }
}
