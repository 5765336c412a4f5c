-- Issue 14: every búsqueda-activa outcome recorded before cases existed becomes a case with its history, so nothing is
-- lost. One case per (school_year, student_key); each old row becomes a contact (channel 'otro': the old form did not
-- ask). The latest outcome decides the state: 'contactado' keeps the case en seguimiento, the others closed it.
-- The old table stays, untouched, as the record of what was migrated.
INSERT INTO dbo.outreach_case (school_year, student_key, institution_dane, state, contacts, last_result, last_contact_on,
    closure_reason, closed_on)
SELECT l.school_year, l.student_key, l.institution_dane,
       CASE WHEN l.outcome = 'contactado' THEN 'en_seguimiento' ELSE 'cerrado' END,
       a.n, l.outcome, l.outcome_date,
       CASE WHEN l.outcome = 'contactado' THEN NULL ELSE 'Registrado en la búsqueda activa anterior a los casos' END,
       CASE WHEN l.outcome = 'contactado' THEN NULL ELSE l.outcome_date END
FROM dbo.outreach_outcome l
JOIN (SELECT school_year, student_key, MAX(outcome_id) AS last_id, COUNT(*) AS n
      FROM dbo.outreach_outcome
      GROUP BY school_year, student_key) a ON a.last_id = l.outcome_id;

INSERT INTO dbo.case_contact (case_id, contact_on, channel, result, note, next_call_on, recorded_by, recorded_at)
SELECT c.case_id, o.outcome_date, 'otro', o.outcome, o.note, NULL, o.recorded_by, o.recorded_at
FROM dbo.outreach_outcome o
JOIN dbo.outreach_case c ON c.school_year = o.school_year AND c.student_key = o.student_key
ORDER BY o.outcome_id;
