-- Before a load rebuilds its indexes (SqliteIndexBuild): a small sort buffer that spills to temp files, two sorter threads.
PRAGMA cache_size = -8192; PRAGMA threads = 2;
