-- docs/design.md §5 rule 8, by cell, when SIMPADE comes without identity (MEN's published extract): SIMAT dropouts
-- (rule 5, universe only; month = rule 5's dropout month) and SIMPADE desertores (month = MES_FINAL) counted per
-- institution × grade × month. Nobody is matched; a cell where both agree can still hold different students.
WITH cells AS (
    SELECT institution_dane, grade, dropout_month AS month, 1 AS simat, 0 AS simpade
    FROM dbo.student_year_outcome
    WHERE school_year = @year AND in_universe = 1 AND is_dropout = 1
    UNION ALL
    SELECT institution_dane, grade, final_month, 0, 1
    FROM dbo.simpade_dropout_current
    WHERE school_year = @year
)
SELECT institution_dane AS InstitutionDane, grade AS Grade, month AS Month, SUM(simat) AS Simat, SUM(simpade) AS Simpade
FROM cells
GROUP BY institution_dane, grade, month
ORDER BY institution_dane, grade, month;
