-- A SIMAT file of a monthly size loaded into the live indexes (no rebuild): a 128 MB page cache instead of 64 MB holds
-- more of the five indexes its rows land in at random (SqliteIndexDeferral.IsWorthIt said no), see FileLoadRun.
PRAGMA cache_size = -131072;
