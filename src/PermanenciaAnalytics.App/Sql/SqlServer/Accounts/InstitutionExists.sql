-- A rector's account must name an institution the extracts have loaded.
SELECT COUNT(*) FROM dbo.institution WHERE institution_dane = @dane;
