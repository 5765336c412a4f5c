-- The contact history of @dane's cases in @year, newest first within each case (ordered by case, not by student key,
-- so the planner takes the institution's range instead of walking the year by student) (seeks on ix_outreach_case_institution
-- and ix_case_contact_case).
SELECT c.student_key AS StudentKey, k.contact_on AS ContactOn, k.channel AS Channel, k.result AS Result, k.note AS Note,
       k.next_call_on AS NextCallOn
FROM outreach_case c
JOIN case_contact k ON k.case_id = c.case_id
WHERE c.school_year = @year AND c.institution_dane = @dane
ORDER BY c.case_id, k.contact_on DESC, k.contact_id DESC;
