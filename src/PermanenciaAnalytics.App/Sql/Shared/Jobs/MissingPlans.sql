-- The same text runs on both dialects: plain joins, named parameters.
SELECT i.institution_dane FROM institution i
WHERE NOT EXISTS (SELECT 1 FROM plan_header p WHERE p.institution_dane = i.institution_dane AND p.school_year = @year)
ORDER BY i.institution_dane
