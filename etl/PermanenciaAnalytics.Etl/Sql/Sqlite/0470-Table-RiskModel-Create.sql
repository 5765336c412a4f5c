-- Early-warning risk index (docs/early-warning.md): weights and band cut points are data, versioned like the Ed-Fi
-- Analytics Middle Tier keeps its early-warning thresholds (analytics_config.QuickSightEWS). An edit never changes a
-- version: `risk weights set` writes a new one, and the highest version is the one in force.
CREATE TABLE risk_model_version (
    version              INTEGER PRIMARY KEY,
    created_at           TEXT    NOT NULL,
    created_by           TEXT    NOT NULL,
    note                 TEXT    NULL,
    band_medio           INTEGER NOT NULL,   -- score ≥ band_medio → medio
    band_alto            INTEGER NOT NULL,   -- score ≥ band_alto → alto
    sede_rate_threshold  REAL    NOT NULL,   -- the sede's dropout rate last year (%) from which sede_desercion_alta holds
    extra_edad_years     INTEGER NOT NULL,   -- extra-edad: age on 30 June ≥ grade + this (docs/design.md §5)
    CHECK (band_medio BETWEEN 0 AND 100 AND band_alto BETWEEN band_medio AND 100)
);

-- Points each factor adds to the score (0–100, capped at 100) in one version.
CREATE TABLE risk_factor_weight (
    version      INTEGER NOT NULL REFERENCES risk_model_version (version),
    factor_code  TEXT    NOT NULL,
    points       INTEGER NOT NULL CHECK (points BETWEEN 0 AND 100),
    PRIMARY KEY (version, factor_code)
);

INSERT INTO risk_model_version (version, created_at, created_by, note, band_medio, band_alto, sede_rate_threshold, extra_edad_years)
VALUES (1, '2026-12-03 00:00:00', 'migración 0470', 'Pesos iniciales (docs/early-warning.md)', 20, 40, 6.0, 8);

INSERT INTO risk_factor_weight (version, factor_code, points) VALUES
    (1, 'extra_edad', 25),
    (1, 'repitente', 15),
    (1, 'nuevo', 10),
    (1, 'retroceso_grado', 15),
    (1, 'intermitencia', 20),
    (1, 'traslado_en_anio', 10),
    (1, 'retiro_anio_anterior', 30),
    (1, 'migrante', 10),
    (1, 'victima', 10),
    (1, 'discapacidad', 5),
    (1, 'jornada_nocturna', 15),
    (1, 'ciclo_adultos', 15),
    (1, 'sede_desercion_alta', 10);
