-- Students whose grade (0–11) changes by more than one between consecutive enrolled cuts, by the later cut.
-- Parameter: @year.
WITH per_cut AS (
    SELECT student_key, cut_date, MIN(grade) AS grade FROM enrollment
    WHERE school_year = @year AND is_enrolled = 1 AND grade BETWEEN 0 AND 11
    GROUP BY student_key, cut_date
),
steps AS (
    SELECT student_key, cut_date, grade - LAG(grade) OVER (PARTITION BY student_key ORDER BY cut_date) AS jump
    FROM per_cut
)
SELECT cut_date AS cut_date, NULL AS institution_dane, COUNT(DISTINCT student_key) AS students, NULL AS previous
FROM steps
WHERE jump > 1 OR jump < -1
GROUP BY cut_date
ORDER BY cut_date;
