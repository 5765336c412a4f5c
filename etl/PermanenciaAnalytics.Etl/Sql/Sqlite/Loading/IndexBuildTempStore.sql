-- Before the transaction of a load that rebuilds its indexes (SQLite refuses the change inside one): the sort spills to
-- temp files instead of memory (SqliteIndexBuild).
PRAGMA temp_store = FILE;
