-- The kept checks of every cut of year @year and the loads they were computed from (migration 0480).
SELECT cut_date AS cut_date, last_load_id AS last_load_id, loads AS loads, duplicate_students AS duplicate_students,
       two_institution_students AS two_institution_students, grade_jump_students AS grade_jump_students
FROM dbo.quality_cut
WHERE school_year = @year;
