-- Búsqueda activa, the grade drill-down and the dashboard's case counts read the engine's outcomes of one institution
-- (and grade); each case then looks up its SIMPADE reasons and latest outreach outcome by student. Same keys as the
-- SQLite twin.
CREATE INDEX ix_student_year_outcome_institution ON dbo.student_year_outcome (school_year, institution_dane, grade, is_dropout)
    INCLUDE (last_enrolled_cut);
CREATE INDEX ix_simpade_dropout_student ON dbo.simpade_dropout (school_year, student_key);
CREATE INDEX ix_outreach_outcome_student ON dbo.outreach_outcome (school_year, student_key, outcome_id);
