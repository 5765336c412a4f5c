-- One finding of a kept report. Parameters: @year, @position, @check, @cut, @institution, @students, @previous.
INSERT INTO dbo.quality_snapshot_finding (school_year, position, check_name, cut_date, institution_dane, students, previous)
VALUES (@year, @position, @check, @cut, @institution, @students, @previous);
