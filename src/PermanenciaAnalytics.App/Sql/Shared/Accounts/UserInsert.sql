INSERT INTO app_user (user_name, role, institution_dane, password_hash, failed_logins, created_at)
VALUES (@name, @role, @institutionDane, @passwordHash, 0, @nowUtc)
