INSERT INTO audit_log (occurred_at, user_name, role, action, institution_dane, school_year, detail)
VALUES (@now, @userName, @role, @action, @institutionDane, @year, @detail)
