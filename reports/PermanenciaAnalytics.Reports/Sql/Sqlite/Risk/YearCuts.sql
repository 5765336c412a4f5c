-- The cuts of year @year, in order. A loose index scan on ix_enrollment_year_cut: each step seeks the next cut after the
-- last one, so ten cuts cost about ten seeks instead of a DISTINCT over the year's million index entries (0.13 s).
WITH RECURSIVE cuts (cut) AS (
    SELECT MIN(e.cut_date) FROM enrollment e WHERE e.school_year = @year
    UNION ALL
    SELECT (SELECT MIN(n.cut_date) FROM enrollment n WHERE n.school_year = @year AND n.cut_date > c.cut)
    FROM cuts c
    WHERE c.cut IS NOT NULL
)
SELECT cut AS Cut FROM cuts WHERE cut IS NOT NULL ORDER BY cut;
