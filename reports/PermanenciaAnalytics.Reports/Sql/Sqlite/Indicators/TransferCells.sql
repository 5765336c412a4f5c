-- Rule 6: transfers out, counted under the institution left and the grade of the last enrolled row there, per
-- transfer month. Split attributes are the student's attributed ones. Parameters: @year, @institution, @reference.
SELECT t.institution_dane AS institution_dane, t.sede_dane AS sede_dane, t.grade AS grade,
       NULL /*split*/ AS split_value, t.transfer_month AS month,
       0 AS enrolled, 0 AS dropouts, COUNT(*) AS transfers
FROM student_transfer_out t
JOIN student_year_outcome o ON o.school_year = t.school_year AND o.student_key = t.student_key
WHERE t.school_year = @year AND (t.grade BETWEEN 0 AND 11 OR t.grade = 99)
  AND (@institution IS NULL OR t.institution_dane = @institution)
GROUP BY t.institution_dane, t.sede_dane, t.grade /*split-group*/, t.transfer_month;
