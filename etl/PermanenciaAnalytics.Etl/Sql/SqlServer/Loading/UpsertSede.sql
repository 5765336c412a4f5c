MERGE dbo.sede WITH (HOLDLOCK) AS t
USING (SELECT @SedeDane AS sede_dane, @InstitutionDane AS institution_dane, @Name AS name, @Zona AS zona) AS s
ON t.sede_dane = s.sede_dane
WHEN MATCHED THEN UPDATE SET
    institution_dane = s.institution_dane,
    name = COALESCE(s.name, t.name),
    zona = COALESCE(s.zona, t.zona)
WHEN NOT MATCHED THEN INSERT (sede_dane, institution_dane, name, zona)
    VALUES (s.sede_dane, s.institution_dane, s.name, s.zona);
