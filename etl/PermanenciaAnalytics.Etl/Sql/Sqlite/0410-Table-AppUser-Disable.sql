-- Users page: an account can be disabled (kept for the audit trail, never deleted) and its sessions ended.
-- session_stamp changes when the account is disabled, re-enabled or gets a new password; a cookie or token that
-- carries an older stamp is no longer accepted.
ALTER TABLE app_user ADD COLUMN disabled_at TEXT NULL;
ALTER TABLE app_user ADD COLUMN session_stamp INTEGER NOT NULL DEFAULT 0;
