-- The newest entries that match the admin's filter; a NULL parameter does not filter. Bounds are UTC instants.
SELECT audit_id AS Id, occurred_at AS OccurredAtUtc, user_name AS UserName, role AS Role, action AS Action,
       institution_dane AS InstitutionDane, school_year AS SchoolYear, detail AS Detail
FROM audit_log
WHERE (@userName IS NULL OR user_name = @userName)
  AND (@action IS NULL OR action = @action)
  AND (@institutionDane IS NULL OR institution_dane = @institutionDane)
  AND (@fromUtc IS NULL OR occurred_at >= @fromUtc)
  AND (@toUtc IS NULL OR occurred_at < @toUtc)
ORDER BY audit_id DESC
LIMIT @count
