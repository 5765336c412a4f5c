-- Early-warning risk index (docs/early-warning.md): weights and band cut points are data, versioned like the Ed-Fi
-- Analytics Middle Tier keeps its early-warning thresholds (analytics_config.QuickSightEWS). An edit never changes a
-- version: `risk weights set` writes a new one, and the highest version is the one in force.
CREATE TABLE dbo.risk_model_version (
    version              INT            NOT NULL CONSTRAINT pk_risk_model_version PRIMARY KEY,
    created_at           DATETIME2(0)   NOT NULL,
    created_by           NVARCHAR(100)  NOT NULL,
    note                 NVARCHAR(400)  NULL,
    band_medio           INT            NOT NULL,
    band_alto            INT            NOT NULL,
    sede_rate_threshold  DECIMAL(5, 2)  NOT NULL,
    extra_edad_years     INT            NOT NULL,
    CONSTRAINT ck_risk_model_version_bands CHECK (band_medio BETWEEN 0 AND 100 AND band_alto BETWEEN band_medio AND 100)
);

CREATE TABLE dbo.risk_factor_weight (
    version      INT          NOT NULL CONSTRAINT fk_risk_factor_weight_version REFERENCES dbo.risk_model_version (version),
    factor_code  VARCHAR(40)  NOT NULL,
    points       INT          NOT NULL CONSTRAINT ck_risk_factor_weight_points CHECK (points BETWEEN 0 AND 100),
    CONSTRAINT pk_risk_factor_weight PRIMARY KEY (version, factor_code)
);

INSERT INTO dbo.risk_model_version (version, created_at, created_by, note, band_medio, band_alto, sede_rate_threshold, extra_edad_years)
VALUES (1, '2026-12-03T00:00:00', N'migración 0470', N'Pesos iniciales (docs/early-warning.md)', 20, 40, 6.0, 8);

INSERT INTO dbo.risk_factor_weight (version, factor_code, points) VALUES
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
