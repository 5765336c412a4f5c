-- The risk index's facts of every student MATRICULADO at cut @cut of year @year (docs/early-warning.md), optionally of
-- one institution (@institution): the placement at that cut, the year's enrolled cuts and institutions up to that cut,
-- and last year's engine outcome. Only rows up to @cut are read, so an evaluation as of a past cut sees what was known
-- then. The placement comes from ix_enrollment_cut (cut_date, institution_dane); each student's history is a seek on
-- ix_enrollment_year_enrolled and last year's outcome a primary-key seek: no per-student scan.
WITH at_cut AS (
    SELECT e.student_key, MIN(e.institution_dane) AS institution_dane, MIN(e.sede_dane) AS sede_dane, MIN(e.grade) AS grade,
           MIN(e.jornada) AS jornada, MIN(e.birth_date) AS birth_date, MIN(e.repitente) AS repitente,
           MIN(e.country_origin) AS country_origin, MIN(e.victima) AS victima, MIN(e.discapacidad) AS discapacidad,
           MIN(e.sex) AS sex, MIN(e.zona) AS zona, MIN(e.etnia) AS etnia
    FROM enrollment e
    -- The unary + keeps SQLite on ix_enrollment_cut (one cut's rows) instead of the year's enrolled index (every cut).
    WHERE e.cut_date = @cut AND +e.school_year = @year AND +e.is_enrolled = 1
      AND (@institution IS NULL OR e.institution_dane = @institution)
    GROUP BY e.student_key
),
history AS (
    SELECT a.student_key, COUNT(DISTINCT h.cut_date) AS enrolled_cuts, MIN(h.cut_date) AS first_cut,
           COUNT(DISTINCT h.institution_dane) AS institutions
    -- CROSS JOIN fixes the order (SQLite's documented way): the bundled SQLite 3.53 otherwise read the whole year's
    -- rows up to the cut from ix_enrollment_year_cut and built an automatic index on at_cut (0.6 s for one institution).
    FROM at_cut a
    CROSS JOIN enrollment h ON h.school_year = @year AND h.is_enrolled = 1 AND h.student_key = a.student_key AND h.cut_date <= @cut
    GROUP BY a.student_key
)
SELECT a.student_key AS StudentKey, a.institution_dane AS InstitutionDane, a.sede_dane AS SedeDane, a.grade AS Grade,
       a.jornada AS Jornada, a.birth_date AS BirthDate, a.repitente AS Repitente, a.country_origin AS CountryOrigin,
       a.victima AS Victima, a.discapacidad AS Discapacidad, a.sex AS Sex, a.zona AS Zona, a.etnia AS Etnia,
       h.enrolled_cuts AS EnrolledCuts, h.first_cut AS FirstCut, h.institutions AS Institutions,
       p.grade AS PriorGrade, p.institution_dane AS PriorInstitutionDane, p.is_dropout AS PriorDropout
FROM at_cut a
JOIN history h ON h.student_key = a.student_key
LEFT JOIN student_year_outcome p ON p.school_year = @year - 1 AND p.student_key = a.student_key
ORDER BY a.institution_dane, a.grade, a.student_key;
