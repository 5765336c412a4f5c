-- Búsqueda activa: students enrolled at some cut of @year whose last enrolled placement was at @dane (NULL: any)
-- and who are not enrolled anywhere at the year's final (latest loaded) cut. Contact data from the newest
-- student_contact row; SIMPADE reasons of that year; the latest recorded outreach outcome.
WITH final_cut AS (
    SELECT MAX(cut_date) AS cut_date FROM enrollment WHERE school_year = @year
),
last_enrolled AS (
    SELECT e.student_key, e.institution_dane, e.grade, e.group_code, e.cut_date,
           ROW_NUMBER() OVER (PARTITION BY e.student_key ORDER BY e.cut_date DESC, e.load_id DESC, e.row_number DESC) AS rn
    FROM enrollment e
    WHERE e.school_year = @year AND e.is_enrolled = 1
),
last_status AS (
    SELECT e.student_key, e.status,
           ROW_NUMBER() OVER (PARTITION BY e.student_key ORDER BY e.cut_date DESC, e.load_id DESC, e.row_number DESC) AS rn
    FROM enrollment e
    WHERE e.school_year = @year
),
withdrawn AS (
    SELECT l.student_key, l.institution_dane, l.grade, l.group_code, l.cut_date
    FROM last_enrolled l CROSS JOIN final_cut f
    WHERE l.rn = 1 AND l.cut_date < f.cut_date AND (@dane IS NULL OR l.institution_dane = @dane)
),
contact AS (
    SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.student_key ORDER BY c.load_id DESC, c.row_number DESC) AS rn
    FROM student_contact c
    WHERE c.student_key IN (SELECT student_key FROM withdrawn)
),
reasons AS (
    SELECT d.student_key, GROUP_CONCAT(DISTINCT r.reason_code) AS reason_codes
    FROM simpade_dropout d
    JOIN simpade_dropout_reason r ON r.load_id = d.load_id AND r.row_number = d.row_number
    WHERE d.school_year = @year
    GROUP BY d.student_key
),
outcome AS (
    SELECT o.student_key, o.outcome, o.outcome_date, o.note,
           ROW_NUMBER() OVER (PARTITION BY o.student_key ORDER BY o.outcome_id DESC) AS rn
    FROM outreach_outcome o
    WHERE o.school_year = @year
)
SELECT w.student_key AS StudentKey, w.institution_dane AS InstitutionDane, w.grade AS Grade, w.group_code AS GroupCode,
       w.cut_date AS LastCutSeen, s.status AS LastStatus,
       c.doc_type AS DocType, c.doc_number AS DocNumber,
       TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.second_name, '') || ' ' || COALESCE(c.first_surname, '') || ' ' || COALESCE(c.second_surname, '')) AS FullName,
       c.phone AS Phone, c.address AS Address, c.neighborhood AS Neighborhood,
       r.reason_codes AS ReasonCodes,
       o.outcome AS Outcome, o.outcome_date AS OutcomeDate, o.note AS OutcomeNote
FROM withdrawn w
LEFT JOIN last_status s ON s.student_key = w.student_key AND s.rn = 1
LEFT JOIN contact c ON c.student_key = w.student_key AND c.rn = 1
LEFT JOIN reasons r ON r.student_key = w.student_key
LEFT JOIN outcome o ON o.student_key = w.student_key AND o.rn = 1
ORDER BY w.institution_dane, w.grade, w.group_code, FullName, w.student_key;
