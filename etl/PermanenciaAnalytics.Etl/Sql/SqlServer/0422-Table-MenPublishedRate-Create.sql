-- MEN's published dropout rates (open data "Estadísticas en educación en preescolar, básica y media por municipio",
-- datos.gov.co nudc-7mev, or the departmental ji8i-4anb), stored by `compare men --file F` so the dashboard can show them
-- beside ours. level: total | transicion | primaria | secundaria | media. rate in %, as published. A load replaces the
-- territory's rows (same transaction), and bumps the data version so the dashboard's cache sees it.
CREATE TABLE dbo.men_published_rate (
    territory_code VARCHAR(5)    NOT NULL,
    school_year    INT           NOT NULL,
    level          VARCHAR(20)   NOT NULL,
    rate           DECIMAL(9, 4) NOT NULL,
    source_file    NVARCHAR(260) NOT NULL,
    imported_at    DATETIME2(0)  NOT NULL,
    CONSTRAINT pk_men_published_rate PRIMARY KEY (territory_code, school_year, level)
);
GO
CREATE TRIGGER dbo.tr_men_published_rate_version ON dbo.men_published_rate AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE dbo.data_version SET version = version + 1 WHERE id = 1;
END;
GO
