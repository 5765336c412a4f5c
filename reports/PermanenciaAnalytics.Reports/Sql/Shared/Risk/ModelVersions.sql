-- Every version of the risk model's data, newest first (the first row is the one in force).
SELECT v.version AS Version, v.created_at AS CreatedAt, v.created_by AS CreatedBy, v.note AS Note,
       v.band_medio AS BandMedio, v.band_alto AS BandAlto, v.sede_rate_threshold AS SedeRateThreshold,
       v.extra_edad_years AS ExtraEdadYears
FROM risk_model_version v
ORDER BY v.version DESC;
