-- The engine's outcome of every student of year @year: the labels a validation compares scores with.
SELECT o.student_key AS StudentKey, o.is_dropout AS IsDropout, o.in_universe AS InUniverse
FROM student_year_outcome o
WHERE o.school_year = @year;
