-- Búsqueda activa: the engine's dropouts of @year attributed to @dane, and the students the school opened a case for
-- from the risk list (origin 'riesgo', still enrolled). Dropouts are student_year_outcome's (written by `recompute`;
-- docs/methodology.md), never a second definition. Per case: every phone any loaded extract gave (newest first), the group of its attributed row, its last status of the
-- year, the newest student_contact row, its SIMPADE reasons and its búsqueda-activa case — each a seek by student.
SELECT o.student_key AS StudentKey, o.institution_dane AS InstitutionDane, o.grade AS Grade,
       (SELECT p.group_code FROM enrollment p
        WHERE p.school_year = o.school_year AND p.student_key = o.student_key AND p.cut_date = o.last_enrolled_cut AND p.is_enrolled = 1
        ORDER BY p.load_id, p.row_number LIMIT 1) AS GroupCode,
       o.last_enrolled_cut AS LastCutSeen,
       (SELECT s.status FROM enrollment s
        WHERE s.school_year = o.school_year AND s.student_key = o.student_key
        ORDER BY s.cut_date DESC, s.load_id DESC, s.row_number DESC LIMIT 1) AS LastStatus,
       c.doc_type AS DocType, c.doc_number AS DocNumber,
       TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.second_name, '') || ' ' || COALESCE(c.first_surname, '') || ' ' || COALESCE(c.second_surname, '')) AS FullName,
       c.phone AS Phone, c.address AS Address, c.neighborhood AS Neighborhood,
       (SELECT GROUP_CONCAT(u.phone, ',')
        FROM (SELECT n.phone, MAX(n.load_id) AS newest FROM student_contact n
              WHERE n.student_key = o.student_key AND n.phone IS NOT NULL GROUP BY n.phone ORDER BY newest DESC) u) AS Phones,
       (SELECT GROUP_CONCAT(DISTINCT r.reason_code)
        FROM simpade_dropout d
        JOIN simpade_dropout_reason r ON r.load_id = d.load_id AND r.row_number = d.row_number
        WHERE d.school_year = o.school_year AND d.student_key = o.student_key) AS ReasonCodes,
       x.last_result AS Outcome, x.last_contact_on AS OutcomeDate, x.state AS CaseState, x.next_call_on AS NextCallOn,
       x.closure_reason AS ClosureReason, x.origin AS Origin, x.risk_band AS RiskBand
FROM student_year_outcome o
LEFT JOIN student_contact c ON c.rowid = (
    SELECT n.rowid FROM student_contact n WHERE n.student_key = o.student_key ORDER BY n.load_id DESC, n.row_number DESC LIMIT 1)
LEFT JOIN outreach_case x ON x.school_year = o.school_year AND x.student_key = o.student_key
WHERE o.school_year = @year AND o.institution_dane = @dane AND (o.is_dropout = 1 OR x.origin = 'riesgo')
ORDER BY o.grade, GroupCode, FullName, o.student_key;
