-- docs/design.md §5 rules 2–6 for one school year, set-wise. Parameters: @year, @until (DATE or NULL), @now.
-- Ties (duplicate MATRICULADO rows of one student at one cut) resolve to the first loaded row (load_id, row_number).
DELETE FROM dbo.student_transfer_out WHERE school_year = @year;
DELETE FROM dbo.student_year_outcome WHERE school_year = @year;
DELETE FROM dbo.outcome_recompute WHERE school_year = @year;

-- The year's cuts, read once: the dropout and transfer months look up "the first cut after" per student.
DECLARE @cuts TABLE (cut_date DATE NOT NULL PRIMARY KEY);
INSERT INTO @cuts (cut_date)
SELECT DISTINCT cut_date FROM dbo.enrollment
WHERE school_year = @year AND (@until IS NULL OR cut_date <= @until);

WITH final_cut AS (SELECT MAX(cut_date) AS cut_date FROM @cuts),
stats AS (
    SELECT student_key, MIN(cut_date) AS first_cut, MAX(cut_date) AS last_cut, COUNT(DISTINCT cut_date) AS cut_count
    FROM dbo.enrollment
    WHERE school_year = @year AND is_enrolled = 1 AND (@until IS NULL OR cut_date <= @until)
    GROUP BY student_key
),
attributed AS (
    SELECT e.student_key, e.institution_dane, e.sede_dane, e.grade, e.jornada, e.per_id, e.doc_key, e.sex, e.zona,
           e.country_origin, e.estrato, e.etnia, e.discapacidad, e.victima, e.birth_date, e.repitente,
           s.first_cut, s.last_cut, s.cut_count,
           ROW_NUMBER() OVER (PARTITION BY e.student_key ORDER BY e.load_id, e.row_number) AS pick
    FROM stats s
    JOIN dbo.enrollment e ON e.school_year = @year AND e.student_key = s.student_key
                         AND e.cut_date = s.last_cut AND e.is_enrolled = 1
)
INSERT INTO dbo.student_year_outcome (
    school_year, student_key, institution_dane, sede_dane, grade, jornada, in_universe,
    first_enrolled_cut, last_enrolled_cut, enrolled_cuts, is_dropout, dropout_month, per_id, doc_key,
    sex, zona, country_origin, estrato, etnia, discapacidad, victima, birth_date, repitente)
SELECT @year, a.student_key, a.institution_dane, a.sede_dane, a.grade, a.jornada,
       CASE WHEN a.grade BETWEEN 0 AND 11 OR a.grade = 99 THEN 1 ELSE 0 END,
       a.first_cut, a.last_cut, a.cut_count,
       CASE WHEN a.last_cut < f.cut_date THEN 1 ELSE 0 END,
       CASE WHEN a.last_cut < f.cut_date THEN COALESCE(
           (SELECT TOP (1) MONTH(r.end_date) FROM dbo.enrollment r
            WHERE r.school_year = @year AND r.student_key = a.student_key AND r.status = 'RETIRADO'
              AND r.end_date IS NOT NULL AND r.cut_date > a.last_cut AND (@until IS NULL OR r.cut_date <= @until)
            ORDER BY r.cut_date, r.load_id, r.row_number),
           (SELECT MONTH(MIN(c.cut_date)) FROM @cuts c WHERE c.cut_date > a.last_cut))
       END,
       a.per_id, a.doc_key, a.sex, a.zona, a.country_origin, a.estrato, a.etnia, a.discapacidad, a.victima,
       a.birth_date, a.repitente
FROM attributed a CROSS JOIN final_cut f
WHERE a.pick = 1;

WITH movers AS (
    SELECT student_key FROM dbo.enrollment
    WHERE school_year = @year AND is_enrolled = 1 AND (@until IS NULL OR cut_date <= @until)
    GROUP BY student_key
    HAVING MIN(institution_dane) <> MAX(institution_dane)
),
at_institution AS (
    SELECT e.student_key, e.institution_dane, e.sede_dane, e.grade, e.cut_date,
           ROW_NUMBER() OVER (PARTITION BY e.student_key, e.institution_dane
                              ORDER BY e.cut_date DESC, e.load_id, e.row_number) AS pick
    FROM movers m
    JOIN dbo.enrollment e ON e.school_year = @year AND e.student_key = m.student_key AND e.is_enrolled = 1
    JOIN dbo.student_year_outcome o ON o.school_year = @year AND o.student_key = e.student_key
    WHERE e.institution_dane <> o.institution_dane AND (@until IS NULL OR e.cut_date <= @until)
)
INSERT INTO dbo.student_transfer_out (school_year, student_key, institution_dane, sede_dane, grade, last_enrolled_cut, transfer_month)
SELECT @year, t.student_key, t.institution_dane, t.sede_dane, t.grade, t.cut_date,
       COALESCE((SELECT MONTH(MIN(c.cut_date)) FROM @cuts c WHERE c.cut_date > t.cut_date), MONTH(t.cut_date))
FROM at_institution t
WHERE t.pick = 1;

INSERT INTO dbo.outcome_recompute (school_year, final_cut, until_cut, cuts, students, computed_at, last_load_id)
SELECT @year, MAX(cut_date), @until, COUNT(*),
       (SELECT COUNT(*) FROM dbo.student_year_outcome WHERE school_year = @year), @now,
       (SELECT MAX(load_id) FROM dbo.load_ledger WHERE kind = 'simat' AND status = 'loaded' AND school_year = @year)
FROM @cuts
HAVING COUNT(*) > 0;
