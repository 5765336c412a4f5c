INSERT INTO sede (sede_dane, institution_dane, name, zona) VALUES (@SedeDane, @InstitutionDane, @Name, @Zona)
ON CONFLICT (sede_dane) DO UPDATE SET
    institution_dane = excluded.institution_dane,
    name = COALESCE(excluded.name, sede.name),
    zona = COALESCE(excluded.zona, sede.zona);
