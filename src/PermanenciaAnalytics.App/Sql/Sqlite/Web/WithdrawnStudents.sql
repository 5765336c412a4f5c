-- Búsqueda activa: the engine's dropouts of @year attributed to @dane, and the students the school opened a case for
-- from the risk list (origin 'riesgo', still enrolled). Dropouts are student_year_outcome's (written by `recompute`;
-- docs/methodology.md), never a second definition. Per case: every phone any loaded extract gave (newest first), the group of its attributed row, its last status of the
-- year, the newest student_contact row, its SIMPADE reasons and its búsqueda-activa case — each a seek by student.
-- The cases are chosen first (materialized): joining student_contact before the filter looked up and sorted every
-- student of the institution's contact rows (3,000 students for ~100 cases: 65 ms a view).
WITH k AS MATERIALIZED (
    SELECT o.school_year, o.student_key, o.institution_dane, o.grade, o.last_enrolled_cut,
           x.last_result, x.last_contact_on, x.state, x.next_call_on, x.closure_reason, x.origin, x.risk_band
    FROM student_year_outcome o
    LEFT JOIN outreach_case x ON x.school_year = o.school_year AND x.student_key = o.student_key
    WHERE o.school_year = @year AND o.institution_dane = @dane AND (o.is_dropout = 1 OR x.origin = 'riesgo')
)
SELECT k.student_key AS StudentKey, k.institution_dane AS InstitutionDane, k.grade AS Grade,
       (SELECT p.group_code FROM enrollment p
        WHERE p.school_year = k.school_year AND p.student_key = k.student_key AND p.cut_date = k.last_enrolled_cut AND p.is_enrolled = 1
        ORDER BY p.load_id, p.row_number LIMIT 1) AS GroupCode,
       k.last_enrolled_cut AS LastCutSeen,
       (SELECT s.status FROM enrollment s
        WHERE s.school_year = k.school_year AND s.student_key = k.student_key
        ORDER BY s.cut_date DESC, s.load_id DESC, s.row_number DESC LIMIT 1) AS LastStatus,
       c.doc_type AS DocType, c.doc_number AS DocNumber,
       TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.second_name, '') || ' ' || COALESCE(c.first_surname, '') || ' ' || COALESCE(c.second_surname, '')) AS FullName,
       c.phone AS Phone, c.address AS Address, c.neighborhood AS Neighborhood,
       (SELECT GROUP_CONCAT(u.phone, ',')
        FROM (SELECT n.phone, MAX(n.load_id) AS newest FROM student_contact n
              WHERE n.student_key = k.student_key AND n.phone IS NOT NULL GROUP BY n.phone ORDER BY newest DESC) u) AS Phones,
       (SELECT GROUP_CONCAT(DISTINCT r.reason_code)
        FROM simpade_dropout d
        JOIN simpade_dropout_reason r ON r.load_id = d.load_id AND r.row_number = d.row_number
        WHERE d.school_year = k.school_year AND d.student_key = k.student_key) AS ReasonCodes,
       k.last_result AS Outcome, k.last_contact_on AS OutcomeDate, k.state AS CaseState, k.next_call_on AS NextCallOn,
       k.closure_reason AS ClosureReason, k.origin AS Origin, k.risk_band AS RiskBand
FROM k
LEFT JOIN student_contact c ON c.rowid = (
    SELECT n.rowid FROM student_contact n WHERE n.student_key = k.student_key ORDER BY n.load_id DESC, n.row_number DESC LIMIT 1)
ORDER BY k.grade, GroupCode, FullName, k.student_key;
