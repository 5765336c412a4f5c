INSERT INTO outreach_outcome (school_year, student_key, institution_dane, outcome, outcome_date, note, recorded_by, recorded_at)
VALUES (@year, @studentKey, @institutionDane, @code, @date, @note, @recordedBy, @now)
