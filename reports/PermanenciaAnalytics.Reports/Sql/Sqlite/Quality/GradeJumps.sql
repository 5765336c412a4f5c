-- Students whose grade (0–11) changes by more than one between consecutive enrolled cuts, by the later cut.
-- The window runs over the GROUP BY itself: its rows already come in (student_key, cut_date) order from the covering
-- index ix_enrollment_year_enrolled (which carries grade, migration 0310), so there is no lookup per row and no sort of
-- the year's rows; a CTE in between made SQLite sort them again (7–10 s on the demo year, now about 1 s).
-- Parameter: @year.
WITH steps AS (
    SELECT student_key, cut_date,
           MIN(grade) - LAG(MIN(grade)) OVER (PARTITION BY student_key ORDER BY cut_date) AS jump
    FROM enrollment
    WHERE school_year = @year AND is_enrolled = 1 AND grade BETWEEN 0 AND 11
    GROUP BY student_key, cut_date
)
SELECT cut_date AS cut_date, NULL AS institution_dane, COUNT(DISTINCT student_key) AS students, NULL AS previous
FROM steps
WHERE jump > 1 OR jump < -1
GROUP BY cut_date
ORDER BY cut_date;
