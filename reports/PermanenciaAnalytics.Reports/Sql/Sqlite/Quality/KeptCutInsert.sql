-- Keeps the checks of cut @cut of year @year as computed from its loads (@lastLoad, @loads).
INSERT INTO quality_cut (school_year, cut_date, last_load_id, loads, duplicate_students, two_institution_students,
                         grade_jump_students, computed_at)
VALUES (@year, @cut, @lastLoad, @loads, @duplicates, @twoInstitutions, @gradeJumps, @now);
