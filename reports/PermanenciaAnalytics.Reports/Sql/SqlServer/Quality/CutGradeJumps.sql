-- Students whose grade (0–11) at cut @cut differs by more than one from their grade at their previous enrolled cut of
-- the year (the lowest grade when a cut has two rows).
-- Parameters: @year, @cut.
WITH at_cut AS (
    SELECT student_key, MIN(grade) AS grade FROM dbo.enrollment
    WHERE school_year = @year AND cut_date = @cut AND is_enrolled = 1 AND grade BETWEEN 0 AND 11
    GROUP BY student_key
),
with_previous AS (
    SELECT a.student_key, a.grade,
           (SELECT MAX(p.cut_date) FROM dbo.enrollment p
            WHERE p.school_year = @year AND p.is_enrolled = 1 AND p.student_key = a.student_key
              AND p.cut_date < @cut AND p.grade BETWEEN 0 AND 11) AS previous_cut
    FROM at_cut a
)
SELECT COUNT(*) FROM with_previous w
WHERE ABS(w.grade - (SELECT MIN(g.grade) FROM dbo.enrollment g
                     WHERE g.school_year = @year AND g.is_enrolled = 1 AND g.student_key = w.student_key
                       AND g.cut_date = w.previous_cut AND g.grade BETWEEN 0 AND 11)) > 1;
