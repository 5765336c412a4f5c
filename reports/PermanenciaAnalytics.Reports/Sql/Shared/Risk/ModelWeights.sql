-- The points of every factor in version @version (primary-key range).
SELECT w.factor_code AS FactorCode, w.points AS Points
FROM risk_factor_weight w
WHERE w.version = @version;
