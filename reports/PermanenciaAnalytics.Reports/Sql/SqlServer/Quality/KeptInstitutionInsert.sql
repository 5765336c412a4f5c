-- Keeps one institution's enrolled students at cut @cut of year @year.
INSERT INTO dbo.quality_cut_institution (school_year, cut_date, institution_dane, enrolled_students)
VALUES (@year, @cut, @institution, @students);
