-- Drops what cut @cut of year @year kept, before it is written again or because the cut is no longer loaded.
DELETE FROM quality_cut_institution WHERE school_year = @year AND cut_date = @cut;
DELETE FROM quality_cut WHERE school_year = @year AND cut_date = @cut;
