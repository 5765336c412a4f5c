-- Sign-in attempts per (account name, client address): the temporary lockout of docs/reliability.md
-- ("Inicio de sesión y cuentas"). A lock holds one name from one address for a while, so nobody elsewhere can lock a
-- rector out. The name is kept as its SHA-256 (hex) and a row exists for unknown names too: every attempt takes the
-- same path, and a name typed by mistake (sometimes a password) is never stored in clear.
-- app_user.failed_logins / locked_until (0060) are no longer used.
CREATE TABLE dbo.sign_in_attempt (
    name_hash       CHAR(64)     NOT NULL,
    client_ip       VARCHAR(45)  NOT NULL,
    attempts        INT          NOT NULL,
    last_attempt_at DATETIME2(3) NOT NULL,
    locked_until    DATETIME2(3) NULL,
    CONSTRAINT pk_sign_in_attempt PRIMARY KEY (name_hash, client_ip)
);
CREATE INDEX ix_sign_in_attempt_last ON dbo.sign_in_attempt (last_attempt_at);
