-- Interim institution x grade indicators over schema v1 (DESIGN.md §5 rules 1-7), until the web reads IndicatorQuery.
-- @year: school year; @dane: one institution or NULL for all.
WITH enrolled_rows AS (
    SELECT DISTINCT student_key, cut_date, institution_dane, grade
    FROM enrollment
    WHERE school_year = @year AND is_enrolled = 1
),
final_cut AS (
    SELECT MAX(cut_date) AS cut_date FROM enrollment WHERE school_year = @year
),
latest AS (
    SELECT student_key, cut_date, institution_dane, grade,
           ROW_NUMBER() OVER (PARTITION BY student_key ORDER BY cut_date DESC, institution_dane, grade) AS rn
    FROM enrolled_rows
),
attributed AS (
    SELECT l.student_key, l.institution_dane, l.grade,
           CASE WHEN l.cut_date = f.cut_date THEN 0 ELSE 1 END AS is_dropout
    FROM latest l CROSS JOIN final_cut f
    WHERE l.rn = 1 AND ((l.grade BETWEEN 0 AND 11) OR l.grade = 99)
),
last_at_institution AS (
    SELECT student_key, institution_dane, grade,
           ROW_NUMBER() OVER (PARTITION BY student_key, institution_dane ORDER BY cut_date DESC, grade) AS rn
    FROM enrolled_rows
),
transfers AS (
    SELECT t.institution_dane, t.grade
    FROM last_at_institution t
    JOIN latest a ON a.student_key = t.student_key AND a.rn = 1
    WHERE t.rn = 1 AND a.institution_dane <> t.institution_dane AND ((t.grade BETWEEN 0 AND 11) OR t.grade = 99)
),
counted AS (
    SELECT institution_dane, grade, 1 AS enrolled, is_dropout AS dropouts, 0 AS transfers_out FROM attributed
    UNION ALL
    SELECT institution_dane, grade, 0, 0, 1 FROM transfers
)
SELECT c.institution_dane AS InstitutionDane, i.name AS InstitutionName, c.grade AS Grade,
       SUM(c.enrolled) AS Enrolled, SUM(c.dropouts) AS Dropouts, SUM(c.transfers_out) AS TransfersOut
FROM counted c
LEFT JOIN institution i ON i.institution_dane = c.institution_dane
WHERE @dane IS NULL OR c.institution_dane = @dane
GROUP BY c.institution_dane, i.name, c.grade
ORDER BY c.institution_dane, c.grade;
