-- Same text in both dialects: ORDER BY … OFFSET/FETCH is not SQLite, LIMIT is not T-SQL; so cap by id.
SELECT audit_id AS Id, occurred_at AS OccurredAtUtc, user_name AS UserName, role AS Role, action AS Action,
       institution_dane AS InstitutionDane, school_year AS SchoolYear, detail AS Detail
FROM audit_log
WHERE audit_id > (SELECT COALESCE(MAX(audit_id), 0) FROM audit_log) - @count
ORDER BY audit_id DESC
