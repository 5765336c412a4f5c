-- Web accounts (docs/design.md §1). Passwords are stored only as ASP.NET Core Identity PasswordHasher hashes.
-- A rector has exactly one institution; other roles have none.
CREATE TABLE dbo.app_user (
    user_id          INT IDENTITY(1,1) NOT NULL CONSTRAINT pk_app_user PRIMARY KEY,
    user_name        NVARCHAR(100) NOT NULL,
    role             VARCHAR(20)   NOT NULL,
    institution_dane VARCHAR(20)   NULL,
    password_hash    VARCHAR(400)  NOT NULL,
    failed_logins    INT           NOT NULL CONSTRAINT df_app_user_failed_logins DEFAULT 0,
    locked_until     DATETIME2(3)  NULL,
    created_at       DATETIME2(3)  NOT NULL,
    CONSTRAINT ck_app_user_role CHECK (role IN ('secretaria', 'cobertura', 'rector', 'admin')),
    CONSTRAINT ck_app_user_institution CHECK ((role = 'rector' AND institution_dane IS NOT NULL) OR (role <> 'rector' AND institution_dane IS NULL))
);
CREATE UNIQUE INDEX ux_app_user_name ON dbo.app_user (user_name);
