-- Counts one sign-in attempt in a single statement, before the password is checked, and returns the new count: two
-- concurrent attempts can never read the same count (a read-then-write counter once let the right password through at attempt 20 of a 30-request burst).
-- The count restarts at 1 when the previous lock has expired or the last attempt is older than @windowStart.
-- The attempt that reaches @maxAttempts sets the lock; a success deletes the row (ClearAttempts.sql).
INSERT INTO sign_in_attempt (name_hash, client_ip, attempts, last_attempt_at, locked_until)
VALUES (@nameHash, @clientIp, 1, @now, CASE WHEN 1 >= @maxAttempts THEN @lockUntil END)
ON CONFLICT (name_hash, client_ip) DO UPDATE SET
    attempts = CASE
        WHEN sign_in_attempt.locked_until IS NOT NULL AND sign_in_attempt.locked_until <= @now THEN 1
        WHEN sign_in_attempt.locked_until IS NULL AND sign_in_attempt.last_attempt_at <= @windowStart THEN 1
        ELSE sign_in_attempt.attempts + 1
    END,
    locked_until = CASE
        WHEN sign_in_attempt.locked_until > @now THEN sign_in_attempt.locked_until
        WHEN sign_in_attempt.locked_until IS NOT NULL
             OR sign_in_attempt.last_attempt_at <= @windowStart THEN CASE WHEN 1 >= @maxAttempts THEN @lockUntil END
        WHEN sign_in_attempt.attempts + 1 >= @maxAttempts THEN @lockUntil
        ELSE NULL
    END,
    last_attempt_at = @now
RETURNING attempts AS Attempts, locked_until AS LockedUntil;
