-- Issue 13 item 6: the earlier loaded SIMAT files of the same cut that a new load (@loadId, cut @cut) re-exports:
-- every institution they hold is in the new load. A file of other institutions at the same cut (a per-school export)
-- is not replaced. Read inside the new load's transaction, before it commits.
SELECT l.load_id, l.file_name
FROM dbo.load_ledger l
WHERE l.kind = 'simat' AND l.status = 'loaded' AND l.cut_date = @cut AND l.load_id <> @loadId
  AND NOT EXISTS (
      SELECT 1 FROM dbo.enrollment o
      WHERE o.load_id = l.load_id
        AND o.institution_dane NOT IN (SELECT n.institution_dane FROM dbo.enrollment n WHERE n.load_id = @loadId))
ORDER BY l.load_id;
