-- Plan Institucional de Permanencia Escolar: one header per institution and year; a reload replaces it whole.
CREATE TABLE plan_header (
    plan_id          INTEGER PRIMARY KEY AUTOINCREMENT,
    institution_dane TEXT    NOT NULL,
    school_year      INTEGER NOT NULL,
    institution_name TEXT    NULL,
    submitted_on     TEXT    NOT NULL,   -- yyyy-MM-dd, decides on time / late
    source_file      TEXT    NOT NULL,
    source_sha256    TEXT    NOT NULL,
    loaded_at        TEXT    NOT NULL,
    UNIQUE (institution_dane, school_year)
);

CREATE TABLE plan_risk_factor (
    plan_id     INTEGER NOT NULL REFERENCES plan_header (plan_id),
    line_no     INTEGER NOT NULL,
    category    TEXT    NOT NULL,        -- individual | familiar | escolar | contextual
    description TEXT    NOT NULL,
    PRIMARY KEY (plan_id, line_no)
);

-- SIMPADE reason codes a risk factor answers (codes as simpade_dropout_reason.reason_code); none = whole category.
CREATE TABLE plan_risk_factor_reason (
    plan_id     INTEGER NOT NULL,
    line_no     INTEGER NOT NULL,
    reason_code TEXT    NOT NULL,
    PRIMARY KEY (plan_id, line_no, reason_code),
    FOREIGN KEY (plan_id, line_no) REFERENCES plan_risk_factor (plan_id, line_no)
);

CREATE TABLE plan_protective_factor (
    plan_id     INTEGER NOT NULL REFERENCES plan_header (plan_id),
    line_no     INTEGER NOT NULL,
    category    TEXT    NOT NULL,
    description TEXT    NOT NULL,
    PRIMARY KEY (plan_id, line_no)
);

CREATE TABLE plan_strategy (
    plan_id           INTEGER NOT NULL REFERENCES plan_header (plan_id),
    line_no           INTEGER NOT NULL,
    name              TEXT    NOT NULL,
    strategy_type     TEXT    NOT NULL,  -- StrategyType name: Pae, Transporte, Tutorias, BusquedaActiva…
    target_population TEXT    NOT NULL,
    responsible       TEXT    NOT NULL,
    start_date        TEXT    NOT NULL,
    end_date          TEXT    NOT NULL,
    PRIMARY KEY (plan_id, line_no)
);

-- Grades ("6") or levels ("secundaria") a strategy targets; none = the whole institution.
CREATE TABLE plan_strategy_scope (
    plan_id   INTEGER NOT NULL,
    line_no   INTEGER NOT NULL,
    scope_key TEXT    NOT NULL,
    PRIMARY KEY (plan_id, line_no, scope_key),
    FOREIGN KEY (plan_id, line_no) REFERENCES plan_strategy (plan_id, line_no)
);

CREATE TABLE plan_target (
    plan_id          INTEGER NOT NULL REFERENCES plan_header (plan_id),
    scope_key        TEXT    NOT NULL,
    max_dropout_rate TEXT    NOT NULL,   -- percent as invariant decimal text ("3.50"): exact, no float rounding
    PRIMARY KEY (plan_id, scope_key)
);

CREATE TABLE plan_follow_up (
    plan_id                INTEGER NOT NULL REFERENCES plan_header (plan_id),
    month                  INTEGER NOT NULL,
    students_at_risk       INTEGER NOT NULL,
    contacted              INTEGER NOT NULL,
    re_enrolled            INTEGER NOT NULL,
    strategies_carried_out TEXT    NOT NULL,   -- strategy names joined by '|'
    notes                  TEXT    NULL,
    PRIMARY KEY (plan_id, month)
);
