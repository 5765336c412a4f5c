-- Plan Institucional de Permanencia Escolar: one header per institution and year; a reload replaces it whole.
CREATE TABLE dbo.plan_header (
    plan_id          INT IDENTITY(1,1) NOT NULL CONSTRAINT pk_plan_header PRIMARY KEY,
    institution_dane VARCHAR(12)    NOT NULL,
    school_year      INT            NOT NULL,
    institution_name NVARCHAR(200)  NULL,
    submitted_on     DATE           NOT NULL,
    source_file      NVARCHAR(400)  NOT NULL,
    source_sha256    CHAR(64)       NOT NULL,
    loaded_at        DATETIME2(0)   NOT NULL,
    CONSTRAINT uq_plan_header_institution_year UNIQUE (institution_dane, school_year)
);

CREATE TABLE dbo.plan_risk_factor (
    plan_id     INT            NOT NULL CONSTRAINT fk_plan_risk_factor_plan REFERENCES dbo.plan_header (plan_id),
    line_no     INT            NOT NULL,
    category    VARCHAR(20)    NOT NULL,
    description NVARCHAR(1000) NOT NULL,
    CONSTRAINT pk_plan_risk_factor PRIMARY KEY (plan_id, line_no)
);

CREATE TABLE dbo.plan_risk_factor_reason (
    plan_id     INT          NOT NULL,
    line_no     INT          NOT NULL,
    reason_code VARCHAR(120) NOT NULL,
    CONSTRAINT pk_plan_risk_factor_reason PRIMARY KEY (plan_id, line_no, reason_code),
    CONSTRAINT fk_plan_risk_factor_reason_factor FOREIGN KEY (plan_id, line_no)
        REFERENCES dbo.plan_risk_factor (plan_id, line_no)
);

CREATE TABLE dbo.plan_protective_factor (
    plan_id     INT            NOT NULL CONSTRAINT fk_plan_protective_factor_plan REFERENCES dbo.plan_header (plan_id),
    line_no     INT            NOT NULL,
    category    VARCHAR(20)    NOT NULL,
    description NVARCHAR(1000) NOT NULL,
    CONSTRAINT pk_plan_protective_factor PRIMARY KEY (plan_id, line_no)
);

CREATE TABLE dbo.plan_strategy (
    plan_id           INT            NOT NULL CONSTRAINT fk_plan_strategy_plan REFERENCES dbo.plan_header (plan_id),
    line_no           INT            NOT NULL,
    name              NVARCHAR(300)  NOT NULL,
    strategy_type     VARCHAR(40)    NOT NULL,
    target_population NVARCHAR(1000) NOT NULL,
    responsible       NVARCHAR(300)  NOT NULL,
    start_date        DATE           NOT NULL,
    end_date          DATE           NOT NULL,
    CONSTRAINT pk_plan_strategy PRIMARY KEY (plan_id, line_no)
);

CREATE TABLE dbo.plan_strategy_scope (
    plan_id   INT         NOT NULL,
    line_no   INT         NOT NULL,
    scope_key VARCHAR(20) NOT NULL,
    CONSTRAINT pk_plan_strategy_scope PRIMARY KEY (plan_id, line_no, scope_key),
    CONSTRAINT fk_plan_strategy_scope_strategy FOREIGN KEY (plan_id, line_no)
        REFERENCES dbo.plan_strategy (plan_id, line_no)
);

CREATE TABLE dbo.plan_target (
    plan_id          INT          NOT NULL CONSTRAINT fk_plan_target_plan REFERENCES dbo.plan_header (plan_id),
    scope_key        VARCHAR(20)  NOT NULL,
    max_dropout_rate DECIMAL(5,2) NOT NULL,
    CONSTRAINT pk_plan_target PRIMARY KEY (plan_id, scope_key)
);

CREATE TABLE dbo.plan_follow_up (
    plan_id                INT            NOT NULL CONSTRAINT fk_plan_follow_up_plan REFERENCES dbo.plan_header (plan_id),
    month                  INT            NOT NULL,
    students_at_risk       INT            NOT NULL,
    contacted              INT            NOT NULL,
    re_enrolled            INT            NOT NULL,
    strategies_carried_out NVARCHAR(2000) NOT NULL,
    notes                  NVARCHAR(2000) NULL,
    CONSTRAINT pk_plan_follow_up PRIMARY KEY (plan_id, month)
);
