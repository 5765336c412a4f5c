-- The SIMPADE desertores every report counts. Rows with identity are counted once per student by their key, however
-- many extracts of the year hold them. Rows without identity (MEN's published extract) cannot be matched across
-- extracts, and a SIMPADE extract is cumulative for its year, so only the latest identity-less load of a year counts:
-- loading the November extract after the September one replaces it instead of adding it.
CREATE VIEW dbo.simpade_dropout_current AS
SELECT d.load_id, d.row_number, d.school_year, d.cut_date, d.student_key, d.per_id, d.doc_key, d.institution_dane,
       d.sede_dane, d.grade, d.grade_name, d.final_month, d.sex, d.sector, d.reasons_reported, d.zona, d.months_served,
       d.later_secretariat
FROM dbo.simpade_dropout d
LEFT JOIN (
    SELECT school_year, MAX(load_id) AS load_id
    FROM dbo.simpade_dropout
    WHERE per_id IS NULL AND doc_key IS NULL
    GROUP BY school_year
) latest ON latest.school_year = d.school_year
WHERE d.per_id IS NOT NULL OR d.doc_key IS NOT NULL OR d.load_id = latest.load_id;
