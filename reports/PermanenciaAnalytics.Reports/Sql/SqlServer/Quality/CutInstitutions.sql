-- Every institution with rows at cut @cut and its distinct enrolled (MATRICULADO) students, 0 when it has only other
-- rows: enrolment drops compare these counts from cut to cut, missing institutions are the year's institutions absent
-- here. Parameters: @year, @cut.
SELECT institution_dane AS institution_dane,
       COUNT_BIG(DISTINCT CASE WHEN is_enrolled = 1 THEN student_key END) AS enrolled_students
FROM dbo.enrollment
WHERE school_year = @year AND cut_date = @cut
GROUP BY institution_dane;
