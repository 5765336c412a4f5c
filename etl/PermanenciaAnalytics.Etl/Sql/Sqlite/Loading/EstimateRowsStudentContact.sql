SELECT COALESCE(MAX(rowid), 0) FROM student_contact
