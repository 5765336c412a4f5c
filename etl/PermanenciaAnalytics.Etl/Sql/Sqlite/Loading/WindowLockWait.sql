-- Closing a bulk-load window waits for the write lock as long as another process's rebuild of the same indexes can
-- take (15 min), not the 30 s a page waits: on a ten-times-Cúcuta year the rebuild held the lock for over a minute and
-- the recompute that came to close the window too failed three times with "database is locked". The next Open of a
-- pooled connection sets its usual busy_timeout again (ConnectionPragmas).
PRAGMA busy_timeout = 900000;
