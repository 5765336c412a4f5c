-- The quality check grade_jump reads each enrolled row's grade, student by student and cut by cut: grade is carried in
-- the index so the check is one pass over it instead of a lookup per row. Same keys as before, and as the SQLite twin.
DROP INDEX IF EXISTS ix_enrollment_year_enrolled ON dbo.enrollment;
CREATE INDEX ix_enrollment_year_enrolled ON dbo.enrollment (school_year, is_enrolled, student_key, cut_date, institution_dane)
    INCLUDE (grade);
