-- A new version of the risk model's data (never an update of an old one: scores stay explainable by version).
INSERT INTO risk_model_version (version, created_at, created_by, note, band_medio, band_alto, sede_rate_threshold, extra_edad_years)
VALUES (@version, @createdAt, @createdBy, @note, @bandMedio, @bandAlto, @sedeRateThreshold, @extraEdadYears);
