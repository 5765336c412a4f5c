-- The retirement-motive table in force: its newest version (rule 5b).
SELECT MAX(version) FROM retirement_motive_version;
