using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Synthetic;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Etl.Tests.Synthetic;

/// <summary>
/// <see cref="SyntheticYearOptions.PriorYear"/>: the year before is the same cohort one grade lower, and its leavers
/// (graduates and dropouts) are students of their own who are not in the next year.
/// </summary>
public sealed class SyntheticPriorYearTests
{
    private static readonly SyntheticYearOptions Next = new() { Year = 2025, Students = 20_000, Institutions = 12, Seed = 11 };

    private static (Dictionary<int, SyntheticStudent> Prior, Dictionary<int, SyntheticStudent> Next) Populations() =>
        (SyntheticPopulation.Create(Next with { Year = 2024, PriorYear = true }).Students.ToDictionary(s => s.Id),
         SyntheticPopulation.Create(Next).Students.ToDictionary(s => s.Id));

    [Fact]
    public void Create_PutsEveryContinuingStudentOneGradeLowerInTheSamePlace_WhenPriorYearIsAsked()
    {
        // Arrange / Act
        var (prior, next) = Populations();

        // Assert
        var continuing = prior.Values.Where(s => s.Id < Next.Students).ToList();
        Assert.True(continuing.Count > Next.Students * 0.9, $"{continuing.Count} continuing students");
        Assert.All(continuing, s =>
        {
            var later = next[s.Id];
            // Deliberate since issue 14: a continuing student may change school during the year, towards next year's.
            Assert.Equal(later.Institution, s.DestinationInstitution);
            Assert.Equal(later.BirthDayNumber, s.BirthDayNumber);
            Assert.Equal(later.Has(StudentFlags.Migrant), s.Has(StudentFlags.Migrant));
            var expected = later.Has(StudentFlags.Repitente) && later.Grade is >= 1 and <= 11 ? later.Grade
                : later.Grade switch { -1 => -2, 0 => -1, 99 => 99, _ => later.Grade - 1 };
            Assert.Equal(expected, s.Grade);
        });
        Assert.DoesNotContain(continuing, s => next[s.Id].Grade is -2 or 21);
    }

    [Fact]
    public void Create_MakesAFewContinuingStudentsDropOutAndComeBack_MostlyAmongTheNextYearsDropouts()
    {
        // Arrange / Act
        var (prior, next) = Populations();

        // Assert: deliberate since the risk index (issue 14): "dropped out last year" must occur in the demo.
        var continuing = prior.Values.Where(s => s.Id < Next.Students).ToList();
        var returners = continuing.Where(s => s.IsDropout).ToList();
        Assert.InRange(returners.Count / (double)continuing.Count, 0.004, 0.03);
        var amongNextDropouts = continuing.Count(s => s.IsDropout && next[s.Id].IsDropout) / (double)continuing.Count(s => next[s.Id].IsDropout);
        var amongOthers = continuing.Count(s => s.IsDropout && !next[s.Id].IsDropout) / (double)continuing.Count(s => !next[s.Id].IsDropout);
        Assert.True(amongNextDropouts > 4 * amongOthers, $"{amongNextDropouts:P1} of next-year dropouts vs {amongOthers:P1} of the others");
    }

    [Fact]
    public void Create_LeavesSomeNextYearLateEntrantsAndMigrantsOut_AsStudentsNewThatYear()
    {
        // Arrange / Act
        var (prior, next) = Populations();

        // Assert
        var schoolAge = next.Values.Where(s => s.Grade is >= 1 and <= 11 && !s.Has(StudentFlags.Repitente)).ToList();
        double MissingShare(Func<SyntheticStudent, bool> which)
        {
            var group = schoolAge.Where(which).ToList();
            return group.Count(s => !prior.ContainsKey(s.Id)) / (double)group.Count;
        }

        Assert.InRange(MissingShare(s => s.StartCut > 0 && !s.Has(StudentFlags.Migrant)), 0.4, 0.6);
        Assert.InRange(MissingShare(s => s.StartCut == 0 && s.Has(StudentFlags.Migrant)), 0.1, 0.2);
        Assert.Equal(0, MissingShare(s => s.StartCut == 0 && !s.Has(StudentFlags.Migrant)));
    }

    [Fact]
    public void Create_MakesLeaversFreshStudentsWhoGraduateOrDropOut_AtARealisticRate()
    {
        // Arrange / Act
        var (prior, next) = Populations();

        // Assert
        var leavers = prior.Values.Where(s => s.Id >= Next.Students).ToList();
        Assert.All(leavers, s => Assert.False(next.ContainsKey(s.Id)));
        Assert.All(leavers, s => Assert.True(s.IsDropout || s.Grade == 11, $"leaver {s.Id} in grade {s.Grade} neither graduates nor drops out"));
        var graduates = leavers.Count(s => s.Grade == 11 && !s.IsDropout);
        var nextEleventh = next.Values.Count(s => s.Grade == 11);
        Assert.InRange(graduates, nextEleventh * 0.9, nextEleventh * 1.0);
        var universe = prior.Values.Where(s => GradeCatalog.IsInDropoutUniverse(s.Grade)).ToList();
        var rate = universe.Count(s => s.IsDropout) / (double)universe.Count;
        Assert.InRange(rate, 0.03, 0.07);
    }

    [Fact]
    public void WriteTo_WritesOnlyTheChosenCutsAndAlwaysTheFinalOne_WhenWrittenCutsAreGiven()
    {
        // Arrange
        using var folder = new TempFolder();
        var options = Next with { Year = 2024, PriorYear = true, Students = 2000, Institutions = 4, WrittenCuts = new HashSet<int> { 0, 3, 6 } };

        // Act
        var files = new SyntheticYearGenerator(options).WriteTo(folder.Path);

        // Assert
        Assert.Equal([2, 5, 8, 11], files.SimatCuts.Select(c => c.Cut.Month));
        Assert.Equal(new DateOnly(2024, 2, 29), files.SimatCuts[0].Cut);
    }
}
