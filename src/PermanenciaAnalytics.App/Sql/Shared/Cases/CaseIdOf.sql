-- The case of @student in @year (a seek on ux_outreach_case_student).
SELECT case_id FROM outreach_case WHERE school_year = @year AND student_key = @student;
