-- docs/design.md §5 rules 2–6 for one school year, set-wise. Parameters: @year, @until (yyyy-MM-dd or NULL), @now.
-- Ties (duplicate MATRICULADO rows of one student at one cut) resolve to the first loaded row (load_id, row_number).
DELETE FROM student_transfer_out WHERE school_year = @year;
DELETE FROM student_year_outcome WHERE school_year = @year;
DELETE FROM outcome_recompute WHERE school_year = @year;

-- The year's cuts, read once by seeking ix_enrollment_year_cut from one cut to the next (ten seeks, not a scan).
DROP TABLE IF EXISTS temp.recompute_cuts;
CREATE TEMP TABLE recompute_cuts (cut_date TEXT PRIMARY KEY);
WITH RECURSIVE walk(cut_date) AS (
    SELECT MIN(cut_date) FROM enrollment WHERE school_year = @year AND (@until IS NULL OR cut_date <= @until)
    UNION ALL
    SELECT (SELECT MIN(e.cut_date) FROM enrollment e
            WHERE e.school_year = @year AND e.cut_date > w.cut_date AND (@until IS NULL OR e.cut_date <= @until))
    FROM walk w WHERE w.cut_date IS NOT NULL
)
INSERT INTO recompute_cuts (cut_date) SELECT cut_date FROM walk WHERE cut_date IS NOT NULL;

-- One pass over the covering index ix_enrollment_year_enrolled gives every per-student figure both inserts need,
-- including whether the student was enrolled at two institutions; the transfer insert below reads this instead of
-- scanning the year's rows a second time.
DROP TABLE IF EXISTS temp.recompute_students;
CREATE TEMP TABLE recompute_students (
    student_key TEXT    PRIMARY KEY,
    first_cut   TEXT    NOT NULL,
    last_cut    TEXT    NOT NULL,
    cut_count   INTEGER NOT NULL,
    moved       INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO temp.recompute_students (student_key, first_cut, last_cut, cut_count, moved)
SELECT student_key, MIN(cut_date), MAX(cut_date), COUNT(DISTINCT cut_date),
       CASE WHEN MIN(institution_dane) <> MAX(institution_dane) THEN 1 ELSE 0 END
FROM enrollment
WHERE school_year = @year AND is_enrolled = 1 AND (@until IS NULL OR cut_date <= @until)
GROUP BY student_key;

-- The attributed row is found by a seek per student that returns its rowid (first loaded row at the last enrolled
-- cut), then fetched once by rowid: no window function, so the 110,000 wide rows are never sorted.
WITH final_cut AS (SELECT MAX(cut_date) AS cut_date FROM temp.recompute_cuts),
attributed AS (
    SELECT e.student_key, e.institution_dane, e.sede_dane, e.grade, e.jornada, e.per_id, e.doc_key, e.sex, e.zona,
           e.country_origin, e.estrato, e.etnia, e.discapacidad, e.victima, e.birth_date, e.repitente,
           s.first_cut, s.last_cut, s.cut_count
    FROM temp.recompute_students s
    JOIN enrollment e ON e.rowid = (
        SELECT p.rowid FROM enrollment p
        WHERE p.school_year = @year AND p.is_enrolled = 1 AND p.student_key = s.student_key AND p.cut_date = s.last_cut
        ORDER BY p.load_id, p.row_number LIMIT 1)
)
INSERT INTO student_year_outcome (
    school_year, student_key, institution_dane, sede_dane, grade, jornada, in_universe,
    first_enrolled_cut, last_enrolled_cut, enrolled_cuts, is_dropout, dropout_month, per_id, doc_key,
    sex, zona, country_origin, estrato, etnia, discapacidad, victima, birth_date, repitente)
SELECT @year, a.student_key, a.institution_dane, a.sede_dane, a.grade, a.jornada,
       CASE WHEN a.grade BETWEEN 0 AND 11 OR a.grade = 99 THEN 1 ELSE 0 END,
       a.first_cut, a.last_cut, a.cut_count,
       CASE WHEN a.last_cut < f.cut_date THEN 1 ELSE 0 END,
       CASE WHEN a.last_cut < f.cut_date THEN COALESCE(
           (SELECT CAST(substr(r.end_date, 6, 2) AS INTEGER) FROM enrollment r
            WHERE r.school_year = @year AND r.student_key = a.student_key AND r.status = 'RETIRADO'
              AND r.end_date IS NOT NULL AND r.cut_date > a.last_cut AND (@until IS NULL OR r.cut_date <= @until)
            ORDER BY r.cut_date, r.load_id, r.row_number LIMIT 1),
           (SELECT CAST(substr(MIN(c.cut_date), 6, 2) AS INTEGER) FROM temp.recompute_cuts c WHERE c.cut_date > a.last_cut))
       END,
       a.per_id, a.doc_key, a.sex, a.zona, a.country_origin, a.estrato, a.etnia, a.discapacidad, a.victima,
       a.birth_date, a.repitente
FROM attributed a CROSS JOIN final_cut f;

WITH movers AS (
    SELECT student_key FROM temp.recompute_students WHERE moved = 1
),
at_institution AS (
    SELECT e.student_key, e.institution_dane, e.sede_dane, e.grade, e.cut_date,
           ROW_NUMBER() OVER (PARTITION BY e.student_key, e.institution_dane
                              ORDER BY e.cut_date DESC, e.load_id, e.row_number) AS pick
    FROM movers m
    JOIN enrollment e ON e.school_year = @year AND e.student_key = m.student_key AND e.is_enrolled = 1
    JOIN student_year_outcome o ON o.school_year = @year AND o.student_key = e.student_key
    WHERE e.institution_dane <> o.institution_dane AND (@until IS NULL OR e.cut_date <= @until)
)
INSERT INTO student_transfer_out (school_year, student_key, institution_dane, sede_dane, grade, last_enrolled_cut, transfer_month)
SELECT @year, t.student_key, t.institution_dane, t.sede_dane, t.grade, t.cut_date,
       COALESCE((SELECT CAST(substr(MIN(c.cut_date), 6, 2) AS INTEGER) FROM temp.recompute_cuts c WHERE c.cut_date > t.cut_date),
                CAST(substr(t.cut_date, 6, 2) AS INTEGER))
FROM at_institution t
WHERE t.pick = 1;

INSERT INTO outcome_recompute (school_year, final_cut, until_cut, cuts, students, computed_at, last_load_id)
SELECT @year, MAX(cut_date), @until, COUNT(*),
       (SELECT COUNT(*) FROM student_year_outcome WHERE school_year = @year), @now,
       (SELECT MAX(load_id) FROM load_ledger WHERE kind = 'simat' AND status = 'loaded' AND school_year = @year)
FROM temp.recompute_cuts
HAVING COUNT(*) > 0;

DROP TABLE temp.recompute_cuts;
DROP TABLE temp.recompute_students;
