-- The replaced load's rows go; its ledger row stays, marked replaced and naming the load that replaced it.
DELETE FROM dbo.enrollment WHERE load_id = @oldLoad;
DELETE FROM dbo.student_contact WHERE load_id = @oldLoad;
UPDATE dbo.load_ledger SET status = 'replaced', message = @message WHERE load_id = @oldLoad;
