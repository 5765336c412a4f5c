-- Takes or renews lease @name for @owner when it is free, expired or already @owner's; returns the holder after the try.
-- UPDLOCK, HOLDLOCK: two workers inserting a free lease at once serialise on the key range instead of one failing on the key.
UPDATE dbo.job_lease SET owner = @owner, expires_at_ms = @expires WHERE name = @name AND (owner = @owner OR expires_at_ms < @now);
INSERT INTO dbo.job_lease (name, owner, expires_at_ms)
SELECT @name, @owner, @expires WHERE NOT EXISTS (SELECT 1 FROM dbo.job_lease WITH (UPDLOCK, HOLDLOCK) WHERE name = @name);
SELECT owner FROM dbo.job_lease WHERE name = @name;
