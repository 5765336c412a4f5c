-- The school years with a loaded SIMAT extract: the choices of the pages' year selector and the years of the trend.
SELECT DISTINCT school_year
FROM load_ledger
WHERE kind = 'simat' AND status = 'loaded' AND school_year IS NOT NULL
ORDER BY school_year
