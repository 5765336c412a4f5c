-- The school opens a case for a student still enrolled, chosen from the risk list (origin 'riesgo'); nothing when the
-- student already has a case this year (a withdrawn student's, or one opened before), so a double click opens one.
INSERT INTO outreach_case (school_year, student_key, institution_dane, state, contacts, origin, opened_on, opened_by, risk_band)
SELECT @year, @student, @dane, 'abierto', 0, 'riesgo', @on, @by, @band
WHERE NOT EXISTS (SELECT 1 FROM outreach_case x WHERE x.school_year = @year AND x.student_key = @student);
