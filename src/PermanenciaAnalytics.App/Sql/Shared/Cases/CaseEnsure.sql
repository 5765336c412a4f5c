-- The case of @student in @year, created 'abierto' on its first contact (a withdrawn student has a case from the start;
-- the row only exists once something is recorded).
INSERT INTO outreach_case (school_year, student_key, institution_dane, state, contacts)
SELECT @year, @student, @dane, 'abierto', 0
WHERE NOT EXISTS (SELECT 1 FROM outreach_case x WHERE x.school_year = @year AND x.student_key = @student);
