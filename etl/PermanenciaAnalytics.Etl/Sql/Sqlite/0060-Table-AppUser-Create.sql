-- Web accounts (docs/design.md §1). Passwords are stored only as ASP.NET Core Identity PasswordHasher hashes.
-- A rector has exactly one institution; other roles have none.
CREATE TABLE app_user (
    user_id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_name        TEXT    NOT NULL,
    role             TEXT    NOT NULL,          -- secretaria | cobertura | rector | admin
    institution_dane TEXT    NULL,
    password_hash    TEXT    NOT NULL,
    failed_logins    INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT    NULL,              -- UTC, ISO 8601; login refused until then
    created_at       TEXT    NOT NULL,
    CHECK (role IN ('secretaria', 'cobertura', 'rector', 'admin')),
    CHECK ((role = 'rector' AND institution_dane IS NOT NULL) OR (role <> 'rector' AND institution_dane IS NULL))
);
CREATE UNIQUE INDEX ux_app_user_name ON app_user (user_name);
