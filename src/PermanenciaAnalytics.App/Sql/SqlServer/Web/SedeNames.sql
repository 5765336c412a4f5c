-- Names of one institution's sedes as the SIMAT extracts gave them (NOMBRE_SEDE); the page labels sede rows with them.
SELECT sede_dane AS SedeDane, name AS Name FROM dbo.sede WHERE institution_dane = @dane AND name IS NOT NULL;
