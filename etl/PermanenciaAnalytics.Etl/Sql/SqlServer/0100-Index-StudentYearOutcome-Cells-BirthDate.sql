-- The extra-edad split (docs/design.md §5) reads birth_date beside the cell columns; carrying it as an included column
-- lets the cell query be answered from the index alone, as in the SQLite twin. Same name and key columns as before.
DROP INDEX IF EXISTS ix_student_year_outcome_cells ON dbo.student_year_outcome;
CREATE INDEX ix_student_year_outcome_cells ON dbo.student_year_outcome
    (school_year, in_universe, institution_dane, sede_dane, grade, dropout_month, is_dropout)
    INCLUDE (birth_date);
