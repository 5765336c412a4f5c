-- One number that changes whenever what the pages show from the engine can change: a recompute (outcome_recompute),
-- a load (load_ledger; institution names arrive with it), a plan or a follow-up. The web caches the engine's aggregates,
-- plans and reasons under it, so a page view reads one row instead of recomputing them (issue: 50 clients got 14
-- requests/s). Triggers keep it right whichever process writes: the CLI, a job or another `serve`.
CREATE TABLE data_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);
CREATE TRIGGER tr_outcome_recompute_insert_version AFTER INSERT ON outcome_recompute
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_outcome_recompute_update_version AFTER UPDATE ON outcome_recompute
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_outcome_recompute_delete_version AFTER DELETE ON outcome_recompute
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_load_ledger_insert_version AFTER INSERT ON load_ledger
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_load_ledger_update_version AFTER UPDATE ON load_ledger
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_load_ledger_delete_version AFTER DELETE ON load_ledger
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_plan_header_insert_version AFTER INSERT ON plan_header
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_plan_header_update_version AFTER UPDATE ON plan_header
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_plan_header_delete_version AFTER DELETE ON plan_header
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_plan_follow_up_insert_version AFTER INSERT ON plan_follow_up
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_plan_follow_up_update_version AFTER UPDATE ON plan_follow_up
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_plan_follow_up_delete_version AFTER DELETE ON plan_follow_up
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
