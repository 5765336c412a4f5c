-- Rule 5b work tables of one recompute: the students it classifies and the class of each distinct motive.
DROP TABLE IF EXISTS temp.recompute_exit;
DROP TABLE IF EXISTS temp.recompute_motive;
CREATE TEMP TABLE recompute_exit (student_key TEXT PRIMARY KEY, motive TEXT NOT NULL) WITHOUT ROWID;
CREATE TEMP TABLE recompute_motive (motive TEXT PRIMARY KEY, normalized TEXT NOT NULL, motive_class TEXT NOT NULL) WITHOUT ROWID;
