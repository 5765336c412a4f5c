SELECT institution_dane AS InstitutionDane, outcome AS Outcome, COUNT(*) AS Cases
FROM (
    SELECT o.institution_dane, o.outcome,
           ROW_NUMBER() OVER (PARTITION BY o.student_key ORDER BY o.outcome_id DESC) AS rn
    FROM outreach_outcome o
    WHERE o.school_year = @year
) latest
WHERE rn = 1
GROUP BY institution_dane, outcome
ORDER BY institution_dane, outcome
