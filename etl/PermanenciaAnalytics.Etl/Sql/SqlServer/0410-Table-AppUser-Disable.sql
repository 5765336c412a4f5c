-- Users page: an account can be disabled (kept for the audit trail, never deleted) and its sessions ended.
-- session_stamp changes when the account is disabled, re-enabled or gets a new password; a cookie or token that
-- carries an older stamp is no longer accepted.
ALTER TABLE dbo.app_user ADD disabled_at DATETIME2 NULL,
    session_stamp INT NOT NULL CONSTRAINT df_app_user_session_stamp DEFAULT 0;
