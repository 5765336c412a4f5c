-- The date the year's numbers stand at: the final cut of the last recompute (it honours --until), else the last loaded SIMAT cut.
SELECT COALESCE(
    (SELECT final_cut FROM outcome_recompute WHERE school_year = @year),
    (SELECT MAX(cut_date) FROM enrollment WHERE school_year = @year));
