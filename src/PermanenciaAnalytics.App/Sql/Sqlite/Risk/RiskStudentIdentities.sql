-- The risk page's identities: @dane's students of @year who are not dropouts (the risk list scores the enrolled), with
-- their newest student_contact row, their group at their last enrolled cut and their búsqueda-activa case if any.
-- One pass over the institution's outcomes (ix_student_year_outcome_institution), each lookup a seek by student.
SELECT o.student_key AS StudentKey,
       c.doc_type AS DocType, c.doc_number AS DocNumber,
       TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.second_name, '') || ' ' || COALESCE(c.first_surname, '') || ' ' || COALESCE(c.second_surname, '')) AS FullName,
       c.phone AS Phone,
       (SELECT p.group_code FROM enrollment p
        WHERE p.school_year = o.school_year AND p.student_key = o.student_key AND p.cut_date = o.last_enrolled_cut AND p.is_enrolled = 1
        ORDER BY p.load_id, p.row_number LIMIT 1) AS GroupCode,
       x.state AS CaseState, x.origin AS CaseOrigin
FROM student_year_outcome o
LEFT JOIN student_contact c ON c.rowid = (
    SELECT n.rowid FROM student_contact n WHERE n.student_key = o.student_key ORDER BY n.load_id DESC, n.row_number DESC LIMIT 1)
LEFT JOIN outreach_case x ON x.school_year = o.school_year AND x.student_key = o.student_key
WHERE o.school_year = @year AND o.institution_dane = @dane AND o.is_dropout = 0;
