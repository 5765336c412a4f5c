-- What MEN's SIMPADE extract says besides identity: the student's zona and SIMPADE's month-by-month follow-up
-- (MM_ATENDIDO / MM_CODIGO_SED): how many months the student was served, and the secretaría of the last month
-- served when it is not the extract's own (the student went on in the system elsewhere).
ALTER TABLE simpade_dropout ADD COLUMN zona TEXT NULL;
ALTER TABLE simpade_dropout ADD COLUMN months_served INTEGER NULL;
ALTER TABLE simpade_dropout ADD COLUMN later_secretariat TEXT NULL;
