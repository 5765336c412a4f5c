-- Inter-annual dropout for @year: students enrolled (MATRICULADO) at the final cut of @year − 1 in grades 0–10 who are
-- enrolled at no cut of @year; those enrolled in @year only at other institutions count as transfers out.
-- Grade 11 is left out: the schema holds no "graduated" flag. Parameters: @year, @institution, @reference.
WITH previous_final AS (
    SELECT MAX(cut_date) AS cut_date FROM enrollment WHERE school_year = @year - 1
),
previous AS (
    SELECT e.student_key, e.institution_dane, e.sede_dane, e.grade, e.sex, e.zona, e.country_origin, e.estrato,
           e.etnia, e.discapacidad, e.victima, e.birth_date,
           ROW_NUMBER() OVER (PARTITION BY e.student_key ORDER BY e.load_id, e.row_number) AS pick
    FROM enrollment e
    JOIN previous_final f ON e.cut_date = f.cut_date
    WHERE e.school_year = @year - 1 AND e.is_enrolled = 1 AND e.grade BETWEEN 0 AND 10
),
flagged AS (
    SELECT o.*,
           CASE WHEN EXISTS (SELECT 1 FROM enrollment n
                             WHERE n.school_year = @year AND n.student_key = o.student_key AND n.is_enrolled = 1)
                THEN 0 ELSE 1 END AS is_dropout,
           CASE WHEN EXISTS (SELECT 1 FROM enrollment n
                             WHERE n.school_year = @year AND n.student_key = o.student_key AND n.is_enrolled = 1)
                 AND NOT EXISTS (SELECT 1 FROM enrollment n
                                 WHERE n.school_year = @year AND n.student_key = o.student_key AND n.is_enrolled = 1
                                   AND n.institution_dane = o.institution_dane)
                THEN 1 ELSE 0 END AS is_transfer
    FROM previous o
    WHERE o.pick = 1 AND (@institution IS NULL OR o.institution_dane = @institution)
)
SELECT o.institution_dane AS institution_dane, o.sede_dane AS sede_dane, o.grade AS grade,
       NULL /*split*/ AS split_value, NULL AS month,
       COUNT(*) AS enrolled, SUM(o.is_dropout) AS dropouts, SUM(o.is_transfer) AS transfers
FROM flagged o
GROUP BY o.institution_dane, o.sede_dane, o.grade /*split-group*/;
