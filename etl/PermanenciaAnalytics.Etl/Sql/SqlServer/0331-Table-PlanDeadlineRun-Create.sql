-- Each run of the plan-deadline job (issue 11: its result only reached the log). The dashboard shows the latest run;
-- DANE codes only, never a name. The trigger bumps data_version so the dashboard's cached read sees a new run.
CREATE TABLE dbo.plan_deadline_run (
    id            BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT pk_plan_deadline_run PRIMARY KEY,
    run_at        DATETIME2(3)  NOT NULL,
    school_year   INT           NOT NULL,
    deadline      DATE          NOT NULL,
    checked       BIT           NOT NULL,
    missing_count INT           NOT NULL,
    late_count    INT           NOT NULL,
    missing_dane  NVARCHAR(MAX) NOT NULL,
    late_dane     NVARCHAR(MAX) NOT NULL
);
GO
CREATE TRIGGER dbo.tr_plan_deadline_run_version ON dbo.plan_deadline_run AFTER INSERT AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.data_version SET version = version + 1 WHERE id = 1;
END;
