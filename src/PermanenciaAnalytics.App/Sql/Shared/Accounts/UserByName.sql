SELECT user_id AS Id, user_name AS Name, role AS Role, institution_dane AS InstitutionDane, password_hash AS PasswordHash, failed_logins AS FailedLogins, locked_until AS LockedUntilUtc, disabled_at AS DisabledAtUtc, session_stamp AS SessionStamp
FROM app_user
WHERE user_name = @name
