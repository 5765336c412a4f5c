-- Extra-edad per institution and grade (domain.md §6): attributed students of grades 0–11 whose age at @reference is
-- at least grade + 8, i.e. born on or before @reference minus (grade + 8) years. Students without birth date are
-- counted apart and stay in the denominator. Parameters: @year, @reference, @institution.
SELECT o.institution_dane AS institution_dane, o.grade AS grade, COUNT(*) AS enrolled,
       SUM(CASE WHEN o.birth_date IS NOT NULL AND o.birth_date <= DATEADD(year, -(o.grade + 8), @reference) THEN 1 ELSE 0 END) AS flagged,
       SUM(CASE WHEN o.birth_date IS NULL THEN 1 ELSE 0 END) AS missing
FROM dbo.student_year_outcome o
WHERE o.school_year = @year AND o.grade BETWEEN 0 AND 11 AND (@institution IS NULL OR o.institution_dane = @institution)
GROUP BY o.institution_dane, o.grade
ORDER BY o.institution_dane, o.grade;
