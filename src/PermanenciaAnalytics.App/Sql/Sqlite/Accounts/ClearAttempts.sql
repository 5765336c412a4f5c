-- A right password from this address ends its count and any lock on it; quiet rows of any name are purged.
DELETE FROM sign_in_attempt WHERE (name_hash = @nameHash AND client_ip = @clientIp) OR last_attempt_at < @purgeBefore;
