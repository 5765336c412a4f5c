-- Disables (a time) or re-enables (NULL) an account; either way its open sessions end.
UPDATE app_user SET disabled_at = @disabledAtUtc, session_stamp = session_stamp + 1 WHERE user_name = @name
