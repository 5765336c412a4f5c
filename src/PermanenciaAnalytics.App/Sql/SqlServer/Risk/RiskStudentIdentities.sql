-- The risk page's identities: @dane's students of @year who are not dropouts (the risk list scores the enrolled), with
-- their newest student_contact row, their group at their last enrolled cut and their búsqueda-activa case if any.
SELECT o.student_key AS StudentKey,
       c.doc_type AS DocType, c.doc_number AS DocNumber,
       TRIM(CONCAT(c.first_name, ' ', c.second_name, ' ', c.first_surname, ' ', c.second_surname)) AS FullName,
       c.phone AS Phone,
       g.group_code AS GroupCode,
       x.state AS CaseState, x.origin AS CaseOrigin
FROM dbo.student_year_outcome o
OUTER APPLY (
    SELECT TOP (1) p.group_code FROM dbo.enrollment p
    WHERE p.school_year = o.school_year AND p.student_key = o.student_key AND p.cut_date = o.last_enrolled_cut AND p.is_enrolled = 1
    ORDER BY p.load_id, p.row_number) g
OUTER APPLY (
    SELECT TOP (1) n.doc_type, n.doc_number, n.first_name, n.second_name, n.first_surname, n.second_surname, n.phone
    FROM dbo.student_contact n WHERE n.student_key = o.student_key
    ORDER BY n.load_id DESC, n.row_number DESC) c
LEFT JOIN dbo.outreach_case x ON x.school_year = o.school_year AND x.student_key = o.student_key
WHERE o.school_year = @year AND o.institution_dane = @dane AND o.is_dropout = 0;
