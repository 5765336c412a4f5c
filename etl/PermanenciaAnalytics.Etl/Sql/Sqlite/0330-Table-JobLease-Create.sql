-- Database-wide leases between workers (issue 11: two `serve` processes on one database overlapped their recomputes).
-- One row per lease name; a holder renews expires_at_ms while it works and deletes the row when done. A killed holder
-- stops renewing, so its lease expires instead of blocking the others forever. Times are Unix milliseconds (UTC).
CREATE TABLE job_lease (
    name          TEXT    NOT NULL PRIMARY KEY,
    owner         TEXT    NOT NULL,
    expires_at_ms INTEGER NOT NULL
);
