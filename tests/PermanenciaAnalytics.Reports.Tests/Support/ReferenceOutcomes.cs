using System.Globalization;
using PermanenciaAnalytics.Core.Grades;

namespace PermanenciaAnalytics.Reports.Tests.Support;

/// <summary>
/// docs/design.md §5 rules 1–6 written plainly over in-memory rows, independent of the SQL. Rows of one cut are taken
/// in list order, which is the order the seeder loads them (the SQL's load_id/row_number tie-break).
/// </summary>
internal static class ReferenceOutcomes
{
    public static (Dictionary<string, ExpectedOutcome> Outcomes, List<ExpectedTransfer> Transfers) Compute(
        IReadOnlyList<EnrollmentFixtureRow> rows, string? until = null)
    {
        var indexed = rows.Select((row, index) => (Row: row, Index: index))
            .Where(x => until is null || string.CompareOrdinal(x.Row.Cut, until) <= 0)
            .ToList();
        var cuts = indexed.Select(x => x.Row.Cut).Distinct().Order(StringComparer.Ordinal).ToList();
        var outcomes = new Dictionary<string, ExpectedOutcome>(StringComparer.Ordinal);
        var transfers = new List<ExpectedTransfer>();
        if (cuts.Count == 0)
        {
            return (outcomes, transfers);
        }

        var finalCut = cuts[^1];
        foreach (var student in indexed.GroupBy(x => x.Row.Student))
        {
            var enrolled = student.Where(x => x.Row.IsEnrolled).ToList();
            if (enrolled.Count == 0)
            {
                continue; // rule 3: never enrolled in Y → not counted
            }

            var lastCut = enrolled.Max(x => x.Row.Cut)!;
            var attributed = enrolled.Where(x => x.Row.Cut == lastCut).MinBy(x => x.Index).Row;
            var isDropout = string.CompareOrdinal(lastCut, finalCut) < 0;
            int? month = null;
            if (isDropout)
            {
                var retired = student
                    .Where(x => x.Row.Status == "RETIRADO" && x.Row.EndDate is not null && string.CompareOrdinal(x.Row.Cut, lastCut) > 0)
                    .OrderBy(x => x.Row.Cut, StringComparer.Ordinal).ThenBy(x => x.Index)
                    .FirstOrDefault();
                month = retired.Row is not null
                    ? MonthOf(retired.Row.EndDate!)
                    : MonthOf(cuts.First(c => string.CompareOrdinal(c, lastCut) > 0));
            }

            outcomes[student.Key] = new ExpectedOutcome(
                attributed.Institution,
                attributed.Grade,
                GradeCatalog.IsInDropoutUniverse(attributed.Grade),
                enrolled.Select(x => x.Row.Cut).Distinct().Count(),
                isDropout,
                month);

            foreach (var left in enrolled.Where(x => x.Row.Institution != attributed.Institution).GroupBy(x => x.Row.Institution))
            {
                var lastAtLeft = left.OrderByDescending(x => x.Row.Cut, StringComparer.Ordinal).ThenBy(x => x.Index).First().Row;
                transfers.Add(new ExpectedTransfer(student.Key, left.Key, lastAtLeft.Grade));
            }
        }

        transfers.Sort((a, b) => (string.CompareOrdinal(a.Student, b.Student), string.CompareOrdinal(a.Institution, b.Institution)) switch
        {
            (0, var i) => i,
            (var s, _) => s,
        });
        return (outcomes, transfers);
    }

    private static int MonthOf(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).Month;
}
