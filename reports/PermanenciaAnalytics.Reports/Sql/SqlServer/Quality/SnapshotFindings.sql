-- A kept report's findings, in the order the checks produced them. Parameter: @year.
SELECT check_name AS check_name, cut_date AS cut_date, institution_dane AS institution_dane, students AS students, previous AS previous
FROM dbo.quality_snapshot_finding
WHERE school_year = @year
ORDER BY position;
