SELECT plan_id AS PlanId, institution_dane AS InstitutionDane, school_year AS Year, institution_name AS InstitutionName, submitted_on AS SubmittedOn, declared_on AS DeclaredOn
FROM plan_header
WHERE school_year = @Year
ORDER BY institution_dane
