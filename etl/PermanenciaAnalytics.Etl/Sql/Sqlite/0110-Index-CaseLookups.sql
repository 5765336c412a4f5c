-- Búsqueda activa, the grade drill-down and the dashboard's case counts read the engine's outcomes of one institution
-- (and grade); each case then looks up its SIMPADE reasons and latest outreach outcome by student. Without these, each
-- of those reads scanned the year (measured: 17–94 s for one school's búsqueda activa at 107,000 students).
CREATE INDEX ix_student_year_outcome_institution ON student_year_outcome (school_year, institution_dane, grade, is_dropout);
CREATE INDEX ix_simpade_dropout_student ON simpade_dropout (school_year, student_key);
CREATE INDEX ix_outreach_outcome_student ON outreach_outcome (school_year, student_key, outcome_id);
