-- Búsqueda activa as casework (issue 14): one case per withdrawn student and school year, with its history of contacts.
-- A withdrawn student with no row here is an 'abierto' case nobody has contacted yet; the first contact creates the row.
-- A student still enrolled gets a case only when the school opens one from the risk list (origin 'riesgo').
CREATE TABLE dbo.outreach_case (
    case_id          BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_outreach_case PRIMARY KEY,
    school_year      INT            NOT NULL,
    student_key      VARCHAR(40)    NOT NULL,
    institution_dane VARCHAR(20)    NOT NULL,
    state            VARCHAR(20)    NOT NULL,
    contacts         INT            NOT NULL CONSTRAINT df_outreach_case_contacts DEFAULT 0,
    last_result      VARCHAR(30)    NULL,
    last_contact_on  DATE           NULL,
    next_call_on     DATE           NULL,
    closure_reason   NVARCHAR(200)  NULL,
    closed_on        DATE           NULL,
    origin           VARCHAR(10)    NOT NULL CONSTRAINT df_outreach_case_origin DEFAULT 'retirado',
    opened_on        DATE           NULL,
    opened_by        NVARCHAR(100)  NULL,
    risk_band        VARCHAR(10)    NULL,
    CONSTRAINT ck_outreach_case_state CHECK (state IN ('abierto', 'en_seguimiento', 'cerrado')),
    CONSTRAINT ck_outreach_case_origin CHECK (origin IN ('retirado', 'riesgo'))
);
CREATE UNIQUE INDEX ux_outreach_case_student ON dbo.outreach_case (school_year, student_key);
CREATE INDEX ix_outreach_case_institution ON dbo.outreach_case (school_year, institution_dane, state, next_call_on);

-- Each contact is kept (never overwritten): date, channel, result, note, next call.
CREATE TABLE dbo.case_contact (
    contact_id   BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_case_contact PRIMARY KEY,
    case_id      BIGINT         NOT NULL CONSTRAINT fk_case_contact_case REFERENCES dbo.outreach_case (case_id),
    contact_on   DATE           NOT NULL,
    channel      VARCHAR(20)    NOT NULL,
    result       VARCHAR(30)    NOT NULL,
    note         NVARCHAR(1000) NULL,
    next_call_on DATE           NULL,
    recorded_by  NVARCHAR(100)  NOT NULL,
    recorded_at  DATETIME2(3)   NOT NULL,
    CONSTRAINT ck_case_contact_channel CHECK (channel IN ('llamada', 'whatsapp', 'visita', 'mensaje', 'otro'))
);
CREATE INDEX ix_case_contact_case ON dbo.case_contact (case_id, contact_id);
