-- Issue 11, plan intake. On time / late is decided by the server's receipt, not by the date typed in the workbook:
--   plan_header.submitted_on now holds the Colombian date (UTC-5, no DST) of the FIRST accepted receipt of the
--   institution's plan for the year; a new version updates the header in place and keeps it (and keeps plan_id, so
--   follow-ups recorded through the web form survive); first_received_at is that receipt's UTC instant;
--   declared_on is the date typed in the workbook ("fecha declarada"), kept as information only.
-- plan_follow_up.source says who recorded a month: 'formulario' (web form) or 'plan' (the workbook's sheet). A new
-- version of the workbook fills or corrects its own months but never overwrites a month recorded through the form.
ALTER TABLE plan_header ADD COLUMN first_received_at TEXT NULL;
ALTER TABLE plan_header ADD COLUMN declared_on TEXT NULL;
ALTER TABLE plan_follow_up ADD COLUMN source TEXT NOT NULL DEFAULT 'formulario';

-- Backfill. Earlier versions were deleted on reload, so the earliest server time still known is the current version's
-- loaded_at, or an earlier web upload of the same institution (the web names the file plan_<dane>.xlsx) in the
-- ledger. The typed date becomes the declared one. Existing follow-ups cannot be told apart: they are marked
-- 'formulario' (the column default) so no later workbook overwrites them; a rector corrects them through the form.
UPDATE plan_header SET
    declared_on = submitted_on,
    first_received_at = COALESCE(
        (SELECT MIN(l.started_at) FROM load_ledger l
         WHERE l.kind = 'plan' AND l.status = 'loaded' AND l.school_year = plan_header.school_year
           AND l.file_name = 'plan_' || plan_header.institution_dane || '.xlsx' AND l.started_at < plan_header.loaded_at),
        loaded_at);
UPDATE plan_header SET submitted_on = date(first_received_at, '-5 hours');
