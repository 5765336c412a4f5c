-- Students with more than one row at one cut (rule 2 counts them once). Parameter: @year.
SELECT d.cut_date AS cut_date, NULL AS institution_dane, COUNT(*) AS students, NULL AS previous
FROM (SELECT cut_date, student_key FROM enrollment WHERE school_year = @year
      GROUP BY cut_date, student_key HAVING COUNT(*) > 1) d
GROUP BY d.cut_date
ORDER BY d.cut_date;
