-- The engine's outcome of every student of year @year: the labels a validation compares scores with.
SELECT o.student_key AS StudentKey, CAST(o.is_dropout AS INT) AS IsDropout, CAST(o.in_universe AS INT) AS InUniverse
FROM dbo.student_year_outcome o
WHERE o.school_year = @year;
