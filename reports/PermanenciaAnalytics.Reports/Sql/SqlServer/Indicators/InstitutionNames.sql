SELECT institution_dane, name FROM dbo.institution
