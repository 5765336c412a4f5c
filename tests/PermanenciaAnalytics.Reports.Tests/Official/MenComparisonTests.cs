using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Official;
using PermanenciaAnalytics.Reports.Official;

namespace PermanenciaAnalytics.Reports.Tests.Official;

public class MenComparisonTests
{
    [Fact]
    public void Build_PutsOursBesideMensAndLeavesYearsWeDoNotHoldEmpty()
    {
        // Arrange: MEN 2022 and 2023 for Cúcuta (domain.md §4.2, §7); ours only for 2023, total and media.
        var published = new List<MenPublishedRate>();
        foreach (var (year, rates) in new[] { (2022, new[] { 4.69m, 6.22m, 4.64m, 4.85m, 3.41m }), (2023, new[] { 4.61m, 6.12m, 4.20m, 5.36m, 3.10m }) })
        {
            published.AddRange(MenRateLevels.Keys.Select((level, i) => new MenPublishedRate("54001", year, level, rates[i])));
        }

        IReadOnlyDictionary<string, IndicatorRow> Ours(int year) => year == 2023
            ? new Dictionary<string, IndicatorRow>
            {
                ["total"] = new() { Year = 2023, Enrolled = 32, Dropouts = 5, TransfersOut = 0 },
                ["media"] = new() { Year = 2023, Level = "media", Enrolled = 3, Dropouts = 0, TransfersOut = 0 },
            }
            : new Dictionary<string, IndicatorRow>();

        // Act
        var rows = MenComparison.Build(published, Ours);

        // Assert: 5 of 32 = 15.625 → 15.63; 15.63 − 4.61 = 11.02; media 0.00 − 3.10 = −3.10.
        Assert.Equal(10, rows.Count);
        Assert.Equal(new MenComparisonRow(2022, "total", 4.69m, null, null, null, null), rows[0]);
        Assert.Null(rows[0].Difference);
        var total = rows.Single(r => r.Year == 2023 && r.Level == "total");
        Assert.Equal((15.63m, 11.02m, "simat_intra_anual"), (total.OurRate!.Value, total.Difference!.Value, total.Measure!));
        var media = rows.Single(r => r.Year == 2023 && r.Level == "media");
        Assert.Equal(-3.10m, media.Difference);
        Assert.Null(rows.Single(r => r.Year == 2023 && r.Level == "primaria").OurRate);
        Assert.Equal(MenRateLevels.Keys, rows.Where(r => r.Year == 2023).Select(r => r.Level));
    }
}
