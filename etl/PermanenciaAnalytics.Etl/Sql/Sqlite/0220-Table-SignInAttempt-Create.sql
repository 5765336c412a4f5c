-- Sign-in attempts per (account name, client address): the temporary lockout of docs/reliability.md
-- ("Inicio de sesión y cuentas"). A lock holds one name from one address for a while, so nobody elsewhere can lock a
-- rector out. The name is kept as its SHA-256 (hex) and a row exists for unknown names too: every attempt takes the
-- same path, and a name typed by mistake (sometimes a password) is never stored in clear.
-- app_user.failed_logins / locked_until (0060) are no longer used.
CREATE TABLE sign_in_attempt (
    name_hash       TEXT    NOT NULL,
    client_ip       TEXT    NOT NULL,
    attempts        INTEGER NOT NULL,   -- attempts since the last success, lock expiry or quiet window
    last_attempt_at TEXT    NOT NULL,   -- UTC
    locked_until    TEXT    NULL,       -- UTC; set by the attempt that reaches the limit
    PRIMARY KEY (name_hash, client_ip)
);
CREATE INDEX ix_sign_in_attempt_last ON sign_in_attempt (last_attempt_at);
