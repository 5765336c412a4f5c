-- One factor's points in a new version of the risk model.
INSERT INTO risk_factor_weight (version, factor_code, points) VALUES (@version, @factorCode, @points);
