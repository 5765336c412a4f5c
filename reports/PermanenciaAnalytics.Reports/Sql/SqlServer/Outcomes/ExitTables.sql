-- Rule 5b work tables of one recompute, created without parameters so they live for the session (the parameterised
-- statements that fill and read them run nested inside it).
IF OBJECT_ID('tempdb..#recompute_exit') IS NOT NULL DROP TABLE #recompute_exit;
IF OBJECT_ID('tempdb..#recompute_motive') IS NOT NULL DROP TABLE #recompute_motive;
CREATE TABLE #recompute_exit (student_key VARCHAR(40) NOT NULL PRIMARY KEY, motive NVARCHAR(300) NOT NULL);
CREATE TABLE #recompute_motive (motive NVARCHAR(300) NOT NULL PRIMARY KEY, normalized NVARCHAR(300) NOT NULL, motive_class VARCHAR(20) NOT NULL);
