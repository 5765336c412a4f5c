-- The closed búsqueda-activa cases of @dane in @year by the result that closed them (counts only; a seek on
-- ix_outreach_case_institution). Shown beside the SIMAT-derived rate, never folded into it.
SELECT last_result AS Result, origin AS Origin, COUNT(*) AS Cases
FROM outreach_case
WHERE school_year = @year AND institution_dane = @dane AND state = 'cerrado'
GROUP BY last_result, origin;
