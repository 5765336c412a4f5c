-- Dropout rate (rule 7 counts) per sede of year @year from the engine's outcomes, for the sede_desercion_alta factor.
-- Read once per run (one row per sede), from the covering index ix_student_year_outcome_cells.
SELECT o.sede_dane AS SedeDane, COUNT(*) AS Enrolled, SUM(o.is_dropout) AS Dropouts
FROM student_year_outcome o
WHERE o.school_year = @year AND o.in_universe = 1 AND o.sede_dane IS NOT NULL
GROUP BY o.sede_dane;
