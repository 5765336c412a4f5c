-- The date the year's numbers stand at: the final cut of the last recompute (it honours --until), else the last loaded SIMAT cut.
SELECT COALESCE(
    (SELECT final_cut FROM dbo.outcome_recompute WHERE school_year = @year),
    (SELECT MAX(cut_date) FROM dbo.enrollment WHERE school_year = @year));
