-- One number that changes whenever what the pages show from the engine can change: a recompute (outcome_recompute),
-- a load (load_ledger; institution names arrive with it), a plan or a follow-up. The web caches the engine's aggregates,
-- plans and reasons under it. Triggers keep it right whichever process writes: the CLI, a job or another worker.
CREATE TABLE dbo.data_version (
    id      INT    NOT NULL CONSTRAINT pk_data_version PRIMARY KEY CONSTRAINT ck_data_version_single CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO dbo.data_version (id, version) VALUES (1, 0);
GO
CREATE TRIGGER dbo.tr_outcome_recompute_version ON dbo.outcome_recompute AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.data_version SET version = version + 1 WHERE id = 1;
END;
GO
CREATE TRIGGER dbo.tr_load_ledger_version ON dbo.load_ledger AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.data_version SET version = version + 1 WHERE id = 1;
END;
GO
CREATE TRIGGER dbo.tr_plan_header_version ON dbo.plan_header AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.data_version SET version = version + 1 WHERE id = 1;
END;
GO
CREATE TRIGGER dbo.tr_plan_follow_up_version ON dbo.plan_follow_up AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.data_version SET version = version + 1 WHERE id = 1;
END;
GO
