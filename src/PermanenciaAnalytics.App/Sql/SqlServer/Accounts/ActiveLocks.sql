-- Names locked now, with how many client addresses hold a lock and when the last one ends (users page).
SELECT name_hash AS NameHash, COUNT(*) AS Addresses, MAX(locked_until) AS LockedUntil
FROM dbo.sign_in_attempt
WHERE locked_until > @now AND attempts >= @maxAttempts
GROUP BY name_hash;
