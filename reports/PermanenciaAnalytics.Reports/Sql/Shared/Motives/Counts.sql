-- `motives --year Y`: students of the dropout universe (grades 0–11 and 99) classified by rule 5b, per normalised
-- motive and class, from the outcomes of the last recompute (which recorded the table version it applied).
SELECT exit_motive AS Motive, exit_class AS MotiveClass, COUNT(*) AS Students
FROM student_year_outcome
WHERE school_year = @year AND exit_class IS NOT NULL AND (grade BETWEEN 0 AND 11 OR grade = 99)
GROUP BY exit_motive, exit_class
ORDER BY COUNT(*) DESC, exit_motive;
