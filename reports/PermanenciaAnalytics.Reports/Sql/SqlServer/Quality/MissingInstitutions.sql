-- Institutions with rows at some cut of the year but none at this cut. Parameter: @year.
WITH cuts AS (SELECT DISTINCT cut_date FROM dbo.enrollment WHERE school_year = @year),
institutions AS (SELECT DISTINCT institution_dane FROM dbo.enrollment WHERE school_year = @year)
SELECT c.cut_date AS cut_date, i.institution_dane AS institution_dane, 0 AS students, CAST(NULL AS INT) AS previous
FROM cuts c
CROSS JOIN institutions i
WHERE NOT EXISTS (SELECT 1 FROM dbo.enrollment e
                  WHERE e.school_year = @year AND e.cut_date = c.cut_date AND e.institution_dane = i.institution_dane)
ORDER BY c.cut_date, i.institution_dane;
