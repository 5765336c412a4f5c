INSERT INTO retirement_motive_version (version, created_at, created_by, note) VALUES (@version, @now, @createdBy, @note);
