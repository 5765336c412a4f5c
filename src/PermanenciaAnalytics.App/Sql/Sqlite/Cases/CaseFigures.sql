-- The dashboard's búsqueda-activa figures of @year (docs/methodology.md, "Búsqueda activa en cifras"), aggregated per
-- institution and per number of days to the first contact so the median can be taken without a student-level row
-- leaving the database. The cases are the engine's dropouts (with or without a case row: no row is an 'abierto' case)
-- and the cases the schools opened from the risk list for students who are not dropouts (a riesgo case whose student
-- later dropped out is counted once, in the first branch, still with its own start). Per case: a seek on
-- ux_outreach_case_student and two on ix_case_contact_case. A dropout's case starts at its last enrolled cut: the
-- school sees the student stop coming (or records the RETIRADO) long before the next cut reaches the secretariat.
WITH cases AS (
    SELECT o.institution_dane AS dane, x.case_id, x.state, x.last_result, COALESCE(x.origin, 'retirado') AS origin,
           x.opened_on, o.last_enrolled_cut
    FROM student_year_outcome o
    LEFT JOIN outreach_case x ON x.school_year = o.school_year AND x.student_key = o.student_key
    WHERE o.school_year = @year AND o.is_dropout = 1
    UNION ALL
    SELECT x.institution_dane, x.case_id, x.state, x.last_result, x.origin, x.opened_on, NULL
    FROM outreach_case x
    WHERE x.school_year = @year AND x.origin = 'riesgo'
      AND NOT EXISTS (SELECT 1 FROM student_year_outcome o
                      WHERE o.school_year = x.school_year AND o.student_key = x.student_key AND o.is_dropout = 1)
),
measured AS (
    SELECT c.dane, c.state, c.last_result, c.origin, c.opened_on, c.last_enrolled_cut,
           (SELECT MIN(k.contact_on) FROM case_contact k WHERE k.case_id = c.case_id) AS first_contact,
           EXISTS (SELECT 1 FROM case_contact k
                   WHERE k.case_id = c.case_id AND k.result NOT IN ('no_contesta', 'no_localizado')) AS reached
    FROM cases c
),
timed AS (
    SELECT m.dane, m.state, m.last_result, m.reached,
           CAST(ROUND(julianday(m.first_contact) - julianday(
               CASE
                   WHEN m.first_contact IS NULL THEN NULL
                   WHEN m.origin = 'riesgo' THEN m.opened_on
                   ELSE m.last_enrolled_cut
               END)) AS INTEGER) AS days
    FROM measured m
)
SELECT dane AS InstitutionDane, days AS DaysToFirstContact,
       COUNT(*) AS Cases,
       SUM(CASE WHEN state IS NULL OR state <> 'cerrado' THEN 1 ELSE 0 END) AS OpenCases,
       SUM(reached) AS Contacted,
       SUM(CASE WHEN state = 'cerrado' AND last_result = 'reintegrado' THEN 1 ELSE 0 END) AS Returned
FROM timed
GROUP BY dane, days
ORDER BY dane, days;
