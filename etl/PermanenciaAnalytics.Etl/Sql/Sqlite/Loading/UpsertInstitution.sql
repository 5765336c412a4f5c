INSERT INTO institution (institution_dane, name, municipality_code, municipality_name, sector, calendar)
VALUES (@Dane, @Name, @MunicipalityCode, @MunicipalityName, @Sector, @Calendar)
ON CONFLICT (institution_dane) DO UPDATE SET
    name = COALESCE(excluded.name, institution.name),
    municipality_code = COALESCE(excluded.municipality_code, institution.municipality_code),
    municipality_name = COALESCE(excluded.municipality_name, institution.municipality_name),
    sector = COALESCE(excluded.sector, institution.sector),
    calendar = COALESCE(excluded.calendar, institution.calendar);
