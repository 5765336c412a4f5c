-- The plan follow-up's figures derived from @dane's búsqueda-activa cases of @year, per calendar month of that year:
-- contactados = distinct cases with a contact in the month whose result reached someone (not no_contesta or
-- no_localizado); reintegrados = cases closed as reintegrado with closed_on in the month. Counts only; seeks on
-- ix_outreach_case_institution and ix_case_contact_case.
SELECT Month, SUM(Contacted) AS Contacted, SUM(Returned) AS Returned
FROM (
    SELECT CAST(strftime('%m', k.contact_on) AS INTEGER) AS Month, COUNT(DISTINCT k.case_id) AS Contacted, 0 AS Returned
    FROM outreach_case c
    JOIN case_contact k ON k.case_id = c.case_id
    WHERE c.school_year = @year AND c.institution_dane = @dane
      AND k.result NOT IN ('no_contesta', 'no_localizado')
      AND CAST(strftime('%Y', k.contact_on) AS INTEGER) = @year
    GROUP BY CAST(strftime('%m', k.contact_on) AS INTEGER)
    UNION ALL
    SELECT CAST(strftime('%m', c.closed_on) AS INTEGER), 0, COUNT(*)
    FROM outreach_case c
    WHERE c.school_year = @year AND c.institution_dane = @dane
      AND c.state = 'cerrado' AND c.last_result = 'reintegrado'
      AND CAST(strftime('%Y', c.closed_on) AS INTEGER) = @year
    GROUP BY CAST(strftime('%m', c.closed_on) AS INTEGER)
) m
GROUP BY Month
ORDER BY Month;
