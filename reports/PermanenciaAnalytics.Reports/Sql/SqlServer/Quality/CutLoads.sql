-- The loaded SIMAT files of each cut of year @year: what a kept cut's checks were computed from (migration 0480).
SELECT cut_date AS cut_date, MAX(load_id) AS last_load_id, COUNT_BIG(*) AS loads
FROM dbo.load_ledger
WHERE kind = 'simat' AND status = 'loaded' AND school_year = @year AND cut_date IS NOT NULL
GROUP BY cut_date;
