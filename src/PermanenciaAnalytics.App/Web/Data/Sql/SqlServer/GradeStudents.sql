-- Drill-down: the students attributed to (@dane, @grade) in @year (DESIGN.md §5 rule 3: placement at the latest cut
-- where they are enrolled), whether they are dropouts (not enrolled at the final cut), with name and document from
-- the newest student_contact row.
WITH final_cut AS (
    SELECT MAX(cut_date) AS cut_date FROM dbo.enrollment WHERE school_year = @year
),
latest AS (
    SELECT e.student_key, e.institution_dane, e.grade, e.group_code, e.cut_date,
           ROW_NUMBER() OVER (PARTITION BY e.student_key ORDER BY e.cut_date DESC, e.institution_dane, e.grade, e.load_id DESC, e.row_number DESC) AS rn
    FROM dbo.enrollment e
    WHERE e.school_year = @year AND e.is_enrolled = 1
),
attributed AS (
    SELECT l.student_key, l.group_code, l.cut_date,
           CASE WHEN l.cut_date = f.cut_date THEN 0 ELSE 1 END AS is_dropout
    FROM latest l CROSS JOIN final_cut f
    WHERE l.rn = 1 AND l.institution_dane = @dane AND l.grade = @grade
),
contact AS (
    SELECT c.student_key, c.doc_type, c.doc_number, c.first_name, c.second_name, c.first_surname, c.second_surname,
           ROW_NUMBER() OVER (PARTITION BY c.student_key ORDER BY c.load_id DESC, c.row_number DESC) AS rn
    FROM dbo.student_contact c
    WHERE c.student_key IN (SELECT student_key FROM attributed)
)
SELECT a.student_key AS StudentKey, a.group_code AS GroupCode, a.cut_date AS LastEnrolledCut, a.is_dropout AS IsDropout,
       c.doc_type AS DocType, c.doc_number AS DocNumber,
       TRIM(CONCAT(c.first_name, ' ', c.second_name, ' ', c.first_surname, ' ', c.second_surname)) AS FullName
FROM attributed a
LEFT JOIN contact c ON c.student_key = a.student_key AND c.rn = 1
ORDER BY a.is_dropout DESC, a.group_code, FullName, a.student_key;
