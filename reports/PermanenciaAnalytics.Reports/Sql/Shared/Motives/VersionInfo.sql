-- When and by whom a version of the retirement-motive table was written.
SELECT version AS Version, created_at AS CreatedAt, created_by AS CreatedBy, note AS Note
FROM retirement_motive_version WHERE version = @version;
