-- The kept header of an earlier version: its id and the first receipt that decides on time / late.
SELECT plan_id AS PlanId, submitted_on AS SubmittedOn
FROM plan_header
WHERE institution_dane = @InstitutionDane AND school_year = @Year
