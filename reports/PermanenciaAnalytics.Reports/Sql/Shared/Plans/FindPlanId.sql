SELECT plan_id
FROM plan_header
WHERE institution_dane = @InstitutionDane AND school_year = @Year
