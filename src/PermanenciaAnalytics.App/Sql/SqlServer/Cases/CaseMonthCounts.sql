-- The plan follow-up's figures derived from @dane's búsqueda-activa cases of @year, per calendar month of that year:
-- contactados = distinct cases with a contact in the month whose result reached someone (not no_contesta or
-- no_localizado); reintegrados = cases closed as reintegrado with closed_on in the month. Counts only; seeks on
-- ix_outreach_case_institution and ix_case_contact_case.
SELECT m.Month, SUM(m.Contacted) AS Contacted, SUM(m.Returned) AS Returned
FROM (
    SELECT MONTH(k.contact_on) AS Month, COUNT(DISTINCT k.case_id) AS Contacted, 0 AS Returned
    FROM dbo.outreach_case c
    JOIN dbo.case_contact k ON k.case_id = c.case_id
    WHERE c.school_year = @year AND c.institution_dane = @dane
      AND k.result NOT IN ('no_contesta', 'no_localizado')
      AND YEAR(k.contact_on) = @year
    GROUP BY MONTH(k.contact_on)
    UNION ALL
    SELECT MONTH(c.closed_on), 0, COUNT(*)
    FROM dbo.outreach_case c
    WHERE c.school_year = @year AND c.institution_dane = @dane
      AND c.state = 'cerrado' AND c.last_result = 'reintegrado'
      AND YEAR(c.closed_on) = @year
    GROUP BY MONTH(c.closed_on)
) m
GROUP BY m.Month
ORDER BY m.Month;
