-- docs/design.md §5 rule 5b: the retirement-motive table, as data. Each edit (`motives set`) writes a new version; the
-- newest version is the one in force, and every recompute records the version it applied (outcome_recompute).
-- A motive's normalised text (trimmed, upper case, accents removed, inner spaces collapsed) is matched against the
-- patterns of the version in `position` order; the first pattern it contains gives its class; none gives desercion.
CREATE TABLE retirement_motive_version (
    version     INTEGER PRIMARY KEY,
    created_at  TEXT    NOT NULL,
    created_by  TEXT    NULL,
    note        TEXT    NULL
);

CREATE TABLE retirement_motive_pattern (
    version      INTEGER NOT NULL REFERENCES retirement_motive_version (version),
    position     INTEGER NOT NULL,
    pattern      TEXT    NOT NULL,   -- normalised text the motive must contain
    motive_class TEXT    NOT NULL CHECK (motive_class IN ('traslado', 'fallecimiento', 'desercion')),
    PRIMARY KEY (version, position)
);

-- Version 1: the default table of rule 5b. A move abroad is checked first: "TRASLADO AL EXTERIOR" left the Colombian
-- system, so it is desercion although it also contains TRASLAD.
INSERT INTO retirement_motive_version (version, created_at, created_by, note)
VALUES (1, '2026-12-02 00:00:00', 'sistema', 'Tabla por defecto (docs/design.md §5 regla 5b)');
INSERT INTO retirement_motive_pattern (version, position, pattern, motive_class) VALUES
    (1, 1, 'CAMBIO DE PAIS', 'desercion'),
    (1, 2, 'EXTERIOR', 'desercion'),
    (1, 3, 'TRASLAD', 'traslado'),
    (1, 4, 'CAMBIO DE DOMICILIO', 'traslado'),
    (1, 5, 'CAMBIO DE RESIDENCIA', 'traslado'),
    (1, 6, 'OTRO MUNICIPIO', 'traslado'),
    (1, 7, 'OTRA CIUDAD', 'traslado'),
    (1, 8, 'OTRO DEPARTAMENTO', 'traslado'),
    (1, 9, 'SECTOR PRIVADO', 'traslado'),
    (1, 10, 'COLEGIO PRIVADO', 'traslado'),
    (1, 11, 'FALLEC', 'fallecimiento'),
    (1, 12, 'MUERTE', 'fallecimiento');
