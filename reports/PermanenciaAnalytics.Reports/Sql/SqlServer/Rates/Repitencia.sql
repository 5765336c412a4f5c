-- Repitencia per institution and grade (domain.md §3): attributed students of the universe with REPITENTE = S / SI.
-- Blank REPITENTE is counted apart and stays in the denominator. Parameters: @year, @reference (unused), @institution.
SELECT o.institution_dane AS institution_dane, o.grade AS grade, COUNT(*) AS enrolled,
       SUM(CASE WHEN UPPER(TRIM(o.repitente)) IN ('S', 'SI') THEN 1 ELSE 0 END) AS flagged,
       SUM(CASE WHEN o.repitente IS NULL OR TRIM(o.repitente) = '' THEN 1 ELSE 0 END) AS missing
FROM dbo.student_year_outcome o
WHERE o.school_year = @year AND o.in_universe = 1 AND (@institution IS NULL OR o.institution_dane = @institution)
GROUP BY o.institution_dane, o.grade
ORDER BY o.institution_dane, o.grade;
