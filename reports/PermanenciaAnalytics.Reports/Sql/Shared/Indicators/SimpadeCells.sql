-- `indicators --source simpade`: SIMPADE desertores of @year in the dropout universe (grades 0–11 and 99), per
-- institution, sede, grade and final month (MES_FINAL). A student with identity held by several extracts counts once,
-- as the latest extract places them; identity-less rows come from the latest such extract only (the view).
-- Parameters: @year, @institution (or NULL).
WITH ranked AS (
    SELECT d.institution_dane, d.sede_dane, d.grade, d.final_month,
           ROW_NUMBER() OVER (PARTITION BY d.student_key ORDER BY d.load_id DESC, d.row_number) AS pick
    FROM simpade_dropout_current d
    WHERE d.school_year = @year AND (d.grade BETWEEN 0 AND 11 OR d.grade = 99)
      AND (@institution IS NULL OR d.institution_dane = @institution)
)
SELECT r.institution_dane AS institution_dane, r.sede_dane AS sede_dane, r.grade AS grade, NULL AS split_value,
       r.final_month AS month, 0 AS enrolled, COUNT(*) AS dropouts, 0 AS transfers
FROM ranked r
WHERE r.pick = 1
GROUP BY r.institution_dane, r.sede_dane, r.grade, r.final_month;
