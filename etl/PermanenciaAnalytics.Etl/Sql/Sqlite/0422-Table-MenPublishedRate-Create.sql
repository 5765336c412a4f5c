-- MEN's published dropout rates (open data "Estadísticas en educación en preescolar, básica y media por municipio",
-- datos.gov.co nudc-7mev, or the departmental ji8i-4anb), stored by `compare men --file F` so the dashboard can show them
-- beside ours. level: total | transicion | primaria | secundaria | media. rate in %, as published, as invariant decimal
-- text ("3.23"): exact, no float rounding. A load replaces the territory's rows (same transaction), and bumps the data
-- version so the dashboard's cache sees it.
CREATE TABLE men_published_rate (
    territory_code TEXT    NOT NULL,   -- DIVIPOLA municipality (5 digits) or department (2 digits)
    school_year    INTEGER NOT NULL,
    level          TEXT    NOT NULL,
    rate           TEXT    NOT NULL,
    source_file    TEXT    NOT NULL,
    imported_at    TEXT    NOT NULL,
    PRIMARY KEY (territory_code, school_year, level)
);
CREATE TRIGGER tr_men_published_rate_insert_version AFTER INSERT ON men_published_rate
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER tr_men_published_rate_delete_version AFTER DELETE ON men_published_rate
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
