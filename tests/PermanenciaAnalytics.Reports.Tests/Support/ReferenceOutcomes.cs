using System.Globalization;
using PermanenciaAnalytics.Core.Grades;

namespace PermanenciaAnalytics.Reports.Tests.Support;

/// <summary>
/// docs/design.md §5 rules 1–6 and 5b written plainly over in-memory rows, independent of the SQL. Rows of one cut are taken
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

            // Rule 5b: the latest row after the last enrolled cut (first loaded on ties) decides by its motive.
            var exit = isDropout
                ? student.Where(x => string.CompareOrdinal(x.Row.Cut, lastCut) > 0)
                    .OrderByDescending(x => x.Row.Cut, StringComparer.Ordinal).ThenBy(x => x.Index)
                    .Select(x => x.Row).FirstOrDefault()
                : null;
            var exitClass = exit is { Status: "RETIRADO" } ? ClassOf(exit.Motive) : null;
            var excluded = exitClass is "traslado" or "fallecimiento";
            outcomes[student.Key] = new ExpectedOutcome(
                attributed.Institution,
                attributed.Grade,
                GradeCatalog.IsInDropoutUniverse(attributed.Grade) && !excluded,
                enrolled.Select(x => x.Row.Cut).Distinct().Count(),
                isDropout && !excluded,
                excluded ? null : month);
            if (exitClass == "traslado")
            {
                transfers.Add(new ExpectedTransfer(student.Key, attributed.Institution, attributed.Grade));
            }

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

    /// <summary>Rule 5b's default table, written out: abroad first, then transfers, then deaths, else deserción.</summary>
    private static string ClassOf(string? motive)
    {
        var text = string.Join(' ', (motive ?? "").ToUpperInvariant()
            .Replace('Á', 'A').Replace('É', 'E').Replace('Í', 'I').Replace('Ó', 'O').Replace('Ú', 'U').Replace('Ü', 'U')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        string[] abroad = ["CAMBIO DE PAIS", "EXTERIOR"];
        string[] transfer = ["TRASLAD", "CAMBIO DE DOMICILIO", "CAMBIO DE RESIDENCIA", "OTRO MUNICIPIO", "OTRA CIUDAD", "OTRO DEPARTAMENTO", "SECTOR PRIVADO", "COLEGIO PRIVADO"];
        string[] death = ["FALLEC", "MUERTE"];
        return abroad.Any(text.Contains) ? "desercion"
            : transfer.Any(text.Contains) ? "traslado"
            : death.Any(text.Contains) ? "fallecimiento"
            : "desercion";
    }

    private static int MonthOf(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).Month;
}
