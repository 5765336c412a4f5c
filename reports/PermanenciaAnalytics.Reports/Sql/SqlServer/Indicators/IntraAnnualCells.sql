-- Finest cells of the intra-annual indicators: attributed students of the universe (docs/design.md §5 rules 3–5),
-- counted per institution, sede, grade, split value and dropout month. "NULL /*split*/" is replaced by a whitelisted
-- expression (IndicatorSplit). Parameters: @year, @institution (or NULL), @reference.
SELECT o.institution_dane AS institution_dane, o.sede_dane AS sede_dane, o.grade AS grade,
       NULL /*split*/ AS split_value, o.dropout_month AS month,
       COUNT(*) AS enrolled, SUM(CASE WHEN o.is_dropout = 1 THEN 1 ELSE 0 END) AS dropouts, 0 AS transfers
FROM dbo.student_year_outcome o
WHERE o.school_year = @year AND o.in_universe = 1 AND (@institution IS NULL OR o.institution_dane = @institution)
GROUP BY o.institution_dane, o.sede_dane, o.grade /*split-group*/, o.dropout_month;
