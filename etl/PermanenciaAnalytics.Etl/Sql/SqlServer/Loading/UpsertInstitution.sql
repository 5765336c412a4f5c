MERGE dbo.institution WITH (HOLDLOCK) AS t
USING (SELECT @Dane AS institution_dane, @Name AS name, @MunicipalityCode AS municipality_code,
              @MunicipalityName AS municipality_name, @Sector AS sector, @Calendar AS calendar) AS s
ON t.institution_dane = s.institution_dane
WHEN MATCHED THEN UPDATE SET
    name = COALESCE(s.name, t.name),
    municipality_code = COALESCE(s.municipality_code, t.municipality_code),
    municipality_name = COALESCE(s.municipality_name, t.municipality_name),
    sector = COALESCE(s.sector, t.sector),
    calendar = COALESCE(s.calendar, t.calendar)
WHEN NOT MATCHED THEN INSERT (institution_dane, name, municipality_code, municipality_name, sector, calendar)
    VALUES (s.institution_dane, s.name, s.municipality_code, s.municipality_name, s.sector, s.calendar);
