-- Every account's current stamp and whether it is disabled: read at most every few seconds by the web's session check.
SELECT user_name AS Name, session_stamp AS SessionStamp, CASE WHEN disabled_at IS NULL THEN 0 ELSE 1 END AS Disabled
FROM app_user
