-- The institutions with derived outcomes in any year: where the municipality of the loaded data is read from
-- (DANE digits 2–6). Parameters: none.
SELECT DISTINCT institution_dane FROM student_year_outcome
