-- The kept per-institution counts of every cut of year @year (migration 0480).
SELECT cut_date AS cut_date, institution_dane AS institution_dane, enrolled_students AS enrolled_students
FROM quality_cut_institution
WHERE school_year = @year;
