-- Takes or renews lease @name for @owner when it is free, expired or already @owner's; returns the holder after the try.
UPDATE job_lease SET owner = @owner, expires_at_ms = @expires WHERE name = @name AND (owner = @owner OR expires_at_ms < @now);
INSERT INTO job_lease (name, owner, expires_at_ms)
SELECT @name, @owner, @expires WHERE NOT EXISTS (SELECT 1 FROM job_lease WHERE name = @name);
SELECT owner FROM job_lease WHERE name = @name;
