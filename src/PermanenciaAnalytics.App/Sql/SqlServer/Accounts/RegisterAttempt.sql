-- Counts one sign-in attempt in a single statement, before the password is checked, and returns the new count: two
-- concurrent attempts can never read the same count (HOLDLOCK serialises the insert of a new key too).
-- The count restarts at 1 when the previous lock has expired or the last attempt is older than @windowStart.
-- The attempt that reaches @maxAttempts sets the lock; a success deletes the row (ClearAttempts.sql).
MERGE dbo.sign_in_attempt WITH (HOLDLOCK) AS t
USING (SELECT @nameHash AS name_hash, @clientIp AS client_ip) AS s
    ON t.name_hash = s.name_hash AND t.client_ip = s.client_ip
WHEN MATCHED THEN UPDATE SET
    attempts = CASE
        WHEN t.locked_until IS NOT NULL AND t.locked_until <= @now THEN 1
        WHEN t.locked_until IS NULL AND t.last_attempt_at <= @windowStart THEN 1
        ELSE t.attempts + 1
    END,
    locked_until = CASE
        WHEN t.locked_until > @now THEN t.locked_until
        WHEN t.locked_until IS NOT NULL OR t.last_attempt_at <= @windowStart
            THEN CASE WHEN 1 >= @maxAttempts THEN @lockUntil END
        WHEN t.attempts + 1 >= @maxAttempts THEN @lockUntil
        ELSE NULL
    END,
    last_attempt_at = @now
WHEN NOT MATCHED THEN
    INSERT (name_hash, client_ip, attempts, last_attempt_at, locked_until)
    VALUES (@nameHash, @clientIp, 1, @now, CASE WHEN 1 >= @maxAttempts THEN @lockUntil END)
OUTPUT inserted.attempts AS Attempts, inserted.locked_until AS LockedUntil;
