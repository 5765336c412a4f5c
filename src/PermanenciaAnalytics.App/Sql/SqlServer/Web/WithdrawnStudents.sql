-- Búsqueda activa: the engine's dropouts of @year attributed to @dane, and the students the school opened a case for
-- from the risk list (origin 'riesgo', still enrolled). Dropouts are student_year_outcome's (written by `recompute`;
-- docs/methodology.md), never a second definition. Per case: every phone any loaded extract gave (newest first), the group of its attributed row, its last status of the
-- year, the newest student_contact row, its SIMPADE reasons and its latest outreach outcome — each a seek by student.
SELECT o.student_key AS StudentKey, o.institution_dane AS InstitutionDane, o.grade AS Grade,
       g.group_code AS GroupCode,
       o.last_enrolled_cut AS LastCutSeen,
       s.status AS LastStatus,
       c.doc_type AS DocType, c.doc_number AS DocNumber,
       TRIM(CONCAT(c.first_name, ' ', c.second_name, ' ', c.first_surname, ' ', c.second_surname)) AS FullName,
       c.phone AS Phone, c.address AS Address, c.neighborhood AS Neighborhood,
       (SELECT STRING_AGG(u.phone, ',') WITHIN GROUP (ORDER BY u.newest DESC)
        FROM (SELECT n.phone, MAX(n.load_id) AS newest FROM dbo.student_contact n
              WHERE n.student_key = o.student_key AND n.phone IS NOT NULL GROUP BY n.phone) u) AS Phones,
       (SELECT STRING_AGG(u.reason_code, ',')
        FROM (SELECT DISTINCT r.reason_code
              FROM dbo.simpade_dropout d
              JOIN dbo.simpade_dropout_reason r ON r.load_id = d.load_id AND r.row_number = d.row_number
              WHERE d.school_year = o.school_year AND d.student_key = o.student_key) u) AS ReasonCodes,
       x.last_result AS Outcome, x.last_contact_on AS OutcomeDate, x.state AS CaseState, x.next_call_on AS NextCallOn,
       x.closure_reason AS ClosureReason, x.origin AS Origin, x.risk_band AS RiskBand
FROM dbo.student_year_outcome o
OUTER APPLY (
    SELECT TOP (1) p.group_code FROM dbo.enrollment p
    WHERE p.school_year = o.school_year AND p.student_key = o.student_key AND p.cut_date = o.last_enrolled_cut AND p.is_enrolled = 1
    ORDER BY p.load_id, p.row_number) g
OUTER APPLY (
    SELECT TOP (1) e.status FROM dbo.enrollment e
    WHERE e.school_year = o.school_year AND e.student_key = o.student_key
    ORDER BY e.cut_date DESC, e.load_id DESC, e.row_number DESC) s
OUTER APPLY (
    SELECT TOP (1) n.doc_type, n.doc_number, n.first_name, n.second_name, n.first_surname, n.second_surname,
           n.phone, n.address, n.neighborhood
    FROM dbo.student_contact n WHERE n.student_key = o.student_key
    ORDER BY n.load_id DESC, n.row_number DESC) c
LEFT JOIN dbo.outreach_case x ON x.school_year = o.school_year AND x.student_key = o.student_key
WHERE o.school_year = @year AND o.institution_dane = @dane AND (o.is_dropout = 1 OR x.origin = 'riesgo')
ORDER BY o.grade, g.group_code, FullName, o.student_key;
