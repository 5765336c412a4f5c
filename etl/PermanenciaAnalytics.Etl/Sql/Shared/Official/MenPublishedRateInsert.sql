-- One published rate. Parameters: @territory, @year, @level, @rate, @source, @imported.
INSERT INTO men_published_rate (territory_code, school_year, level, rate, source_file, imported_at)
VALUES (@territory, @year, @level, @rate, @source, @imported)
