-- The same text runs on both dialects: dates compared as DATE / ISO text.
SELECT p.institution_dane FROM plan_header p
WHERE p.school_year = @year AND p.submitted_on > @deadline
ORDER BY p.institution_dane
