-- 1 when the institution is in the catalogue (institution, filled by the SIMAT and SIMPADE loads).
SELECT COUNT(*)
FROM institution
WHERE institution_dane = @InstitutionDane
