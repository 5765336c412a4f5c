-- Institutions with rows at some cut of the year but none at this cut. Parameter: @year.
-- The unary + keeps the year off the index choice of the probe, so each (cut, institution) pair seeks ix_enrollment_cut
-- instead of walking the year's range of ix_enrollment_year_enrolled (a missing pair walked all of it).
WITH cuts AS (SELECT DISTINCT cut_date FROM enrollment WHERE school_year = @year),
institutions AS (SELECT DISTINCT institution_dane FROM enrollment WHERE school_year = @year)
SELECT c.cut_date AS cut_date, i.institution_dane AS institution_dane, 0 AS students, NULL AS previous
FROM cuts c
CROSS JOIN institutions i
WHERE NOT EXISTS (SELECT 1 FROM enrollment e
                  WHERE +e.school_year = @year AND e.cut_date = c.cut_date AND e.institution_dane = i.institution_dane)
ORDER BY c.cut_date, i.institution_dane;
