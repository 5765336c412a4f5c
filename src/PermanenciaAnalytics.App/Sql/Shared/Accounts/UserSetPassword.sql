-- A new password ends the account's open sessions.
UPDATE app_user SET password_hash = @passwordHash, session_stamp = session_stamp + 1 WHERE user_name = @name
