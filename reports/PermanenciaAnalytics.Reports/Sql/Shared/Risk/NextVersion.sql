-- The number the next version of the risk model takes.
SELECT COALESCE(MAX(v.version), 0) + 1 FROM risk_model_version v;
