-- The replaced load's rows go; its ledger row stays, marked replaced and naming the load that replaced it.
DELETE FROM enrollment WHERE load_id = @oldLoad;
DELETE FROM student_contact WHERE load_id = @oldLoad;
UPDATE load_ledger SET status = 'replaced', message = @message WHERE load_id = @oldLoad;
