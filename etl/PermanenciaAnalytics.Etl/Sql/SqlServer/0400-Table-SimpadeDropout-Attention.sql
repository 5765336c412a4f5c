-- What MEN's SIMPADE extract says besides identity: the student's zona and SIMPADE's month-by-month follow-up
-- (MM_ATENDIDO / MM_CODIGO_SED): how many months the student was served, and the secretaría of the last month
-- served when it is not the extract's own (the student went on in the system elsewhere).
ALTER TABLE dbo.simpade_dropout ADD
    zona              NVARCHAR(30) NULL,
    months_served     INT          NULL,
    later_secretariat VARCHAR(10)  NULL;
