-- Institutions whose enrolled students fall by more than 10 % from their previous cut: students < 0.9 × previous.
-- Parameter: @year.
WITH counts AS (
    SELECT institution_dane, cut_date, COUNT(DISTINCT student_key) AS students FROM dbo.enrollment
    WHERE school_year = @year AND is_enrolled = 1
    GROUP BY institution_dane, cut_date
),
steps AS (
    SELECT institution_dane, cut_date, students,
           LAG(students) OVER (PARTITION BY institution_dane ORDER BY cut_date) AS previous
    FROM counts
)
SELECT cut_date AS cut_date, institution_dane AS institution_dane, students AS students, previous AS previous
FROM steps
WHERE previous IS NOT NULL AND students * 10 < previous * 9
ORDER BY cut_date, institution_dane;
