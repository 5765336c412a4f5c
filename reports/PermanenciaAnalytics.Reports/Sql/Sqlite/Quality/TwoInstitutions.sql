-- Students enrolled (MATRICULADO) at two or more institutions at the same cut. Parameter: @year.
SELECT d.cut_date AS cut_date, NULL AS institution_dane, COUNT(*) AS students, NULL AS previous
FROM (SELECT cut_date, student_key FROM enrollment WHERE school_year = @year AND is_enrolled = 1
      GROUP BY cut_date, student_key HAVING MIN(institution_dane) <> MAX(institution_dane)) d
GROUP BY d.cut_date
ORDER BY d.cut_date;
