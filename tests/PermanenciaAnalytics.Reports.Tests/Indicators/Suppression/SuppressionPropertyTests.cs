using System.Globalization;
using FsCheck.Xunit;
using PermanenciaAnalytics.Reports.Indicators.Suppression;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing.Model;
using PermanenciaAnalytics.Reports.Publishing;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Indicators.Suppression;

/// <summary>
/// Tries to recover every reserved count from every published total, over random municipalities (seeded, with
/// sedes, levels, months and splits) and through the real publication files.
/// </summary>
public sealed class SuppressionPropertyTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("permanencia-suppression-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Property(MaxTest = 400)]
    public void Apply_LeavesNoReservedCountRecoverable_FromAnyPublishedTotal(int seed)
    {
        // Arrange
        var tables = SyntheticYear.Random(seed).Tables();

        // Act
        var shown = JointSuppressor.Apply(tables, 5);

        // Assert
        var all = IndicatorTables.Dimensions.SelectMany(shown.For).ToList();
        Assert.DoesNotContain(IndicatorTables.Dimensions.SelectMany(tables.For).Zip(all), p => p.First.Enrolled < 5 && !p.Second.Suppressed);
        Assert.All(all.Where(r => r.Suppressed), r => Assert.Equal((0L, 0L, 0L), (r.Enrolled, r.Dropouts, r.TransfersOut)));
        Assert.Empty(SyntheticYear.Attack(tables, shown).Recover());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(19)]
    [InlineData(42)]
    [InlineData(2025)]
    public void Publish_WritesNoFileFromWhichAReservedGradeCanBeRecovered(int seed)
    {
        // Arrange: a random municipality as a publication's unsuppressed input.
        var exact = SyntheticYear.Random(seed * 7919).Tables();
        var institutions = exact.ByInstitution.Where(r => r.Split is null).Select(r => r.InstitutionDane!).ToList();
        var input = new PublicationInput
        {
            Year = SyntheticYear.Year,
            Month = 11,
            Institutions =
            [
                .. institutions.Select(dane =>
                {
                    var grades = exact.ByGrade.Where(r => r.InstitutionDane == dane && r.Split is null).ToList();
                    var months = exact.ByMonth.Where(r => r.InstitutionDane == dane && r.Split is null).ToList();
                    var match = PlanMatcher.Match(new PlanMatchInput(dane, SyntheticYear.Year, null, grades, months, null, new Dictionary<string, int>()), MatchingOptions.Default);
                    return new InstitutionPublication(dane, "IE " + dane, grades, months, null, match);
                }),
            ],
            ByInstitution = [.. exact.ByInstitution.Where(r => r.Split is null)],
            MunicipalTotal = exact.Municipality.Single(r => r.Split is null),
            MunicipalByLevel = [.. exact.ByLevel.Where(r => r.Split is null)],
        };

        // Act
        var version = Publisher.Publish(input, root);

        // Assert: read back what the files print, and attack it with the totals they print beside it.
        var solver = new ReservedCellSolver();
        var ranking = File.ReadAllLines(Path.Combine(version, "instituciones.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        foreach (var dane in institutions)
        {
            var exactTotal = exact.ByInstitution.Single(r => r.InstitutionDane == dane && r.Split is null);
            var line = ranking.Single(f => f[2] == dane);
            solver.Cell("I|" + dane, exactTotal.Enrolled, exactTotal.Dropouts, exactTotal.TransfersOut, reserved: line[^1] == "1");
            var grades = File.ReadAllLines(Path.Combine(version, dane, "indicadores_grado.csv")).Skip(1).Select(l => l.Split(',')).ToList();
            foreach (var fields in grades)
            {
                var grade = exact.ByGrade.Single(r => r.InstitutionDane == dane && r.Split is null && r.Grade == int.Parse(fields[2], CultureInfo.InvariantCulture));
                var reserved = fields[^1] == "1";
                Assert.Equal(reserved ? "" : grade.Enrolled.ToString(CultureInfo.InvariantCulture), fields[3]);
                solver.Cell($"G|{dane}|{grade.Grade}", grade.Enrolled, grade.Dropouts, grade.TransfersOut, reserved);
            }

            solver.Line("I|" + dane, grades.Select(f => $"G|{dane}|{f[2]}"));
        }

        var municipal = input.MunicipalTotal!;
        var page = File.ReadAllText(Path.Combine(version, "index.html"));
        var printed = page.Contains($"{municipal.Dropouts.ToString("#,0", CultureInfo.GetCultureInfo("es-CO"))} desertores de {municipal.Enrolled.ToString("#,0", CultureInfo.GetCultureInfo("es-CO"))} matriculados", StringComparison.Ordinal);
        solver.Cell("M", municipal.Enrolled, municipal.Dropouts, municipal.TransfersOut, reserved: !printed);
        solver.Line("M", institutions.Select(d => "I|" + d));
        Assert.Empty(solver.Recover());
        Assert.DoesNotContain("&lt;5", page, StringComparison.Ordinal);
    }
}
