-- Búsqueda activa as casework (issue 14): one case per withdrawn student and school year, with its history of contacts.
-- A withdrawn student with no row here is an 'abierto' case nobody has contacted yet; the first contact creates the row.
-- A student still enrolled gets a case only when the school opens one from the risk list (origin 'riesgo').
CREATE TABLE outreach_case (
    case_id          INTEGER PRIMARY KEY AUTOINCREMENT,
    school_year      INTEGER NOT NULL,
    student_key      TEXT    NOT NULL,
    institution_dane TEXT    NOT NULL,
    state            TEXT    NOT NULL,          -- abierto | en_seguimiento | cerrado
    contacts         INTEGER NOT NULL DEFAULT 0,
    last_result      TEXT    NULL,
    last_contact_on  TEXT    NULL,              -- yyyy-MM-dd
    next_call_on     TEXT    NULL,              -- yyyy-MM-dd
    closure_reason   TEXT    NULL,
    closed_on        TEXT    NULL,
    origin           TEXT    NOT NULL DEFAULT 'retirado', -- retirado (engine dropout) | riesgo (opened by the school from the risk list)
    opened_on        TEXT    NULL,              -- yyyy-MM-dd; set when the school opens a riesgo case
    opened_by        TEXT    NULL,
    risk_band        TEXT    NULL,              -- the band shown when the case was opened from the risk list
    CHECK (state IN ('abierto', 'en_seguimiento', 'cerrado')),
    CHECK (origin IN ('retirado', 'riesgo'))
);
CREATE UNIQUE INDEX ux_outreach_case_student ON outreach_case (school_year, student_key);
CREATE INDEX ix_outreach_case_institution ON outreach_case (school_year, institution_dane, state, next_call_on);

-- Each contact is kept (never overwritten): date, channel, result, note, next call.
CREATE TABLE case_contact (
    contact_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id      INTEGER NOT NULL REFERENCES outreach_case (case_id),
    contact_on   TEXT    NOT NULL,              -- yyyy-MM-dd
    channel      TEXT    NOT NULL,              -- llamada | whatsapp | visita | mensaje | otro
    result       TEXT    NOT NULL,
    note         TEXT    NULL,                  -- may hold personal data: shown to allowed roles only, never logged
    next_call_on TEXT    NULL,
    recorded_by  TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL,
    CHECK (channel IN ('llamada', 'whatsapp', 'visita', 'mensaje', 'otro'))
);
CREATE INDEX ix_case_contact_case ON case_contact (case_id, contact_id);
