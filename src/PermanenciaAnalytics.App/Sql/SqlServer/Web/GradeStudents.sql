-- Drill-down: the students the engine attributed to (@dane, @grade) in @year (student_year_outcome, written by
-- `recompute`: placement at the latest cut where they are enrolled), whether they are dropouts, with the group of the
-- attributed row and name and document from the newest student_contact row — each a seek by student.
SELECT o.student_key AS StudentKey, g.group_code AS GroupCode,
       o.last_enrolled_cut AS LastEnrolledCut, o.is_dropout AS IsDropout,
       c.doc_type AS DocType, c.doc_number AS DocNumber,
       TRIM(CONCAT(c.first_name, ' ', c.second_name, ' ', c.first_surname, ' ', c.second_surname)) AS FullName
FROM dbo.student_year_outcome o
OUTER APPLY (
    SELECT TOP (1) p.group_code FROM dbo.enrollment p
    WHERE p.school_year = o.school_year AND p.student_key = o.student_key AND p.cut_date = o.last_enrolled_cut AND p.is_enrolled = 1
    ORDER BY p.load_id, p.row_number) g
OUTER APPLY (
    SELECT TOP (1) n.doc_type, n.doc_number, n.first_name, n.second_name, n.first_surname, n.second_surname
    FROM dbo.student_contact n WHERE n.student_key = o.student_key
    ORDER BY n.load_id DESC, n.row_number DESC) c
WHERE o.school_year = @year AND o.institution_dane = @dane AND o.grade = @grade
ORDER BY o.is_dropout DESC, g.group_code, FullName, o.student_key;
