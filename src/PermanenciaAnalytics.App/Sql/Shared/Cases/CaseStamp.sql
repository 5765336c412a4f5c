-- The casework's stamp: the newest case and the newest contact. Cases and contacts are only ever added (a contact's
-- post updates its case in the same transaction), so the pair moves with every change a school makes. Two seeks on
-- the primary keys.
SELECT (SELECT COALESCE(MAX(case_id), 0) FROM outreach_case) AS Cases,
       (SELECT COALESCE(MAX(contact_id), 0) FROM case_contact) AS Contacts;
