-- Issue 11, plan intake. On time / late is decided by the server's receipt, not by the date typed in the workbook:
--   plan_header.submitted_on now holds the Colombian date (UTC-5, no DST) of the FIRST accepted receipt of the
--   institution's plan for the year; a new version updates the header in place and keeps it (and keeps plan_id, so
--   follow-ups recorded through the web form survive); first_received_at is that receipt's UTC instant;
--   declared_on is the date typed in the workbook ("fecha declarada"), kept as information only.
-- plan_follow_up.source says who recorded a month: 'formulario' (web form) or 'plan' (the workbook's sheet). A new
-- version of the workbook fills or corrects its own months but never overwrites a month recorded through the form.
ALTER TABLE dbo.plan_header ADD first_received_at DATETIME2(0) NULL, declared_on DATE NULL;
ALTER TABLE dbo.plan_follow_up ADD source VARCHAR(12) NOT NULL CONSTRAINT df_plan_follow_up_source DEFAULT 'formulario';
GO
-- Backfill. Earlier versions were deleted on reload, so the earliest server time still known is the current version's
-- loaded_at, or an earlier web upload of the same institution (the web names the file plan_<dane>.xlsx) in the
-- ledger. The typed date becomes the declared one. Existing follow-ups cannot be told apart: they are marked
-- 'formulario' (the column default) so no later workbook overwrites them; a rector corrects them through the form.
UPDATE h SET
    declared_on = h.submitted_on,
    first_received_at = COALESCE(
        (SELECT MIN(l.started_at) FROM dbo.load_ledger l
         WHERE l.kind = 'plan' AND l.status = 'loaded' AND l.school_year = h.school_year
           AND l.file_name = 'plan_' + h.institution_dane + '.xlsx' AND l.started_at < h.loaded_at),
        h.loaded_at)
FROM dbo.plan_header h;
GO
UPDATE dbo.plan_header SET submitted_on = CAST(DATEADD(HOUR, -5, first_received_at) AS DATE);
