-- Rule 9: each institution's SECTOR as loaded (NULL when no loaded file had the column).
SELECT institution_dane, sector FROM institution;
