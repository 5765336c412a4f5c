namespace PermanenciaAnalytics.Reports.Quality;

/// <summary>
/// The year's findings from its cuts' checks, in the order of <see cref="QualityReport.Checks"/>, each check by cut and
/// then institution. Counts of zero are not findings.
/// </summary>
internal static class QualityFindings
{
    public static List<QualityFinding> From(IReadOnlyList<QualityCut> cuts)
    {
        var ordered = cuts.OrderBy(c => c.Cut).ToList();
        var findings = new List<QualityFinding>();
        findings.AddRange(PerCut(ordered, QualityReport.Duplicates, c => c.Duplicates));
        findings.AddRange(PerCut(ordered, QualityReport.TwoInstitutions, c => c.TwoInstitutions));
        findings.AddRange(PerCut(ordered, QualityReport.GradeJumps, c => c.GradeJumps));
        findings.AddRange(EnrollmentDrops(ordered));
        findings.AddRange(MissingInstitutions(ordered));
        return findings;
    }

    private static IEnumerable<QualityFinding> PerCut(List<QualityCut> cuts, string check, Func<QualityCut, long> count) =>
        cuts.Where(c => count(c) > 0).Select(c => new QualityFinding(check, c.Cut, null, count(c), null));

    /// <summary>
    /// Enrolled students falling by more than 10 % from the institution's previous cut with enrolled students:
    /// students &lt; 0.9 × previous, in integers (students × 10 &lt; previous × 9).
    /// </summary>
    private static List<QualityFinding> EnrollmentDrops(List<QualityCut> cuts)
    {
        var previous = new Dictionary<string, long>(StringComparer.Ordinal);
        var drops = new List<QualityFinding>();
        foreach (var cut in cuts)
        {
            foreach (var institution in cut.Institutions.Where(i => i.EnrolledStudents > 0).OrderBy(i => i.Dane, StringComparer.Ordinal))
            {
                if (previous.TryGetValue(institution.Dane, out var before) && institution.EnrolledStudents * 10 < before * 9)
                {
                    drops.Add(new QualityFinding(QualityReport.EnrollmentDrops, cut.Cut, institution.Dane, institution.EnrolledStudents, before));
                }

                previous[institution.Dane] = institution.EnrolledStudents;
            }
        }

        return drops;
    }

    /// <summary>Institutions with rows at some cut of the year and none at this one.</summary>
    private static IEnumerable<QualityFinding> MissingInstitutions(List<QualityCut> cuts)
    {
        var all = cuts.SelectMany(c => c.Institutions.Select(i => i.Dane)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var cut in cuts)
        {
            var present = cut.Institutions.Select(i => i.Dane).ToHashSet(StringComparer.Ordinal);
            foreach (var dane in all.Where(d => !present.Contains(d)))
            {
                yield return new QualityFinding(QualityReport.MissingInstitutions, cut.Cut, dane, 0, null);
            }
        }
    }
}
