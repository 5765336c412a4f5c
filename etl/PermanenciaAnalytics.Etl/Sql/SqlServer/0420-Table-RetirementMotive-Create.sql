-- docs/design.md §5 rule 5b: the retirement-motive table, as data. Each edit (`motives set`) writes a new version; the
-- newest version is the one in force, and every recompute records the version it applied (outcome_recompute).
-- A motive's normalised text (trimmed, upper case, accents removed, inner spaces collapsed) is matched against the
-- patterns of the version in `position` order; the first pattern it contains gives its class; none gives desercion.
CREATE TABLE dbo.retirement_motive_version (
    version     INT           NOT NULL CONSTRAINT pk_retirement_motive_version PRIMARY KEY,
    created_at  DATETIME2(0)  NOT NULL,
    created_by  NVARCHAR(100) NULL,
    note        NVARCHAR(400) NULL
);

CREATE TABLE dbo.retirement_motive_pattern (
    version      INT           NOT NULL CONSTRAINT fk_retirement_motive_pattern_version
                               REFERENCES dbo.retirement_motive_version (version),
    position     INT           NOT NULL,
    pattern      NVARCHAR(200) NOT NULL,
    motive_class VARCHAR(20)   NOT NULL CONSTRAINT ck_retirement_motive_pattern_class
                               CHECK (motive_class IN ('traslado', 'fallecimiento', 'desercion')),
    CONSTRAINT pk_retirement_motive_pattern PRIMARY KEY (version, position)
);

-- Version 1: the default table of rule 5b. A move abroad is checked first: "TRASLADO AL EXTERIOR" left the Colombian
-- system, so it is desercion although it also contains TRASLAD.
INSERT INTO dbo.retirement_motive_version (version, created_at, created_by, note)
VALUES (1, '2026-12-02T00:00:00', N'sistema', N'Tabla por defecto (docs/design.md §5 regla 5b)');
INSERT INTO dbo.retirement_motive_pattern (version, position, pattern, motive_class) VALUES
    (1, 1, N'CAMBIO DE PAIS', 'desercion'),
    (1, 2, N'EXTERIOR', 'desercion'),
    (1, 3, N'TRASLAD', 'traslado'),
    (1, 4, N'CAMBIO DE DOMICILIO', 'traslado'),
    (1, 5, N'CAMBIO DE RESIDENCIA', 'traslado'),
    (1, 6, N'OTRO MUNICIPIO', 'traslado'),
    (1, 7, N'OTRA CIUDAD', 'traslado'),
    (1, 8, N'OTRO DEPARTAMENTO', 'traslado'),
    (1, 9, N'SECTOR PRIVADO', 'traslado'),
    (1, 10, N'COLEGIO PRIVADO', 'traslado'),
    (1, 11, N'FALLEC', 'fallecimiento'),
    (1, 12, N'MUERTE', 'fallecimiento');
