-- DANE codes are text: they keep their leading digits.
CREATE TABLE institution (
    institution_dane  TEXT PRIMARY KEY,
    name              TEXT NULL,
    municipality_code TEXT NULL,
    municipality_name TEXT NULL,
    sector            TEXT NULL,
    calendar          TEXT NULL
);

CREATE TABLE sede (
    sede_dane        TEXT PRIMARY KEY,
    institution_dane TEXT NOT NULL REFERENCES institution (institution_dane),
    name             TEXT NULL,
    zona             TEXT NULL
);
CREATE INDEX ix_sede_institution ON sede (institution_dane);
