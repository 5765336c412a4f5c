-- Drill-down: the students the engine attributed to (@dane, @grade) in @year (student_year_outcome, written by
-- `recompute`: placement at the latest cut where they are enrolled), whether they are dropouts, with the group of the
-- attributed row and name and document from the newest student_contact row — each a seek by student.
SELECT o.student_key AS StudentKey,
       (SELECT p.group_code FROM enrollment p
        WHERE p.school_year = o.school_year AND p.student_key = o.student_key AND p.cut_date = o.last_enrolled_cut AND p.is_enrolled = 1
        ORDER BY p.load_id, p.row_number LIMIT 1) AS GroupCode,
       o.last_enrolled_cut AS LastEnrolledCut, o.is_dropout AS IsDropout,
       c.doc_type AS DocType, c.doc_number AS DocNumber,
       TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.second_name, '') || ' ' || COALESCE(c.first_surname, '') || ' ' || COALESCE(c.second_surname, '')) AS FullName
FROM student_year_outcome o
LEFT JOIN student_contact c ON c.rowid = (
    SELECT n.rowid FROM student_contact n WHERE n.student_key = o.student_key ORDER BY n.load_id DESC, n.row_number DESC LIMIT 1)
WHERE o.school_year = @year AND o.institution_dane = @dane AND o.grade = @grade
ORDER BY o.is_dropout DESC, GroupCode, FullName, o.student_key;
