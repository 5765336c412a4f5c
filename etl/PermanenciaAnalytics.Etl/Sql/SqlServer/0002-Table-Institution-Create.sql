-- DANE codes are text: they keep their leading digits.
CREATE TABLE dbo.institution (
    institution_dane  VARCHAR(12)   NOT NULL CONSTRAINT pk_institution PRIMARY KEY,
    name              NVARCHAR(300) NULL,
    municipality_code VARCHAR(5)    NULL,
    municipality_name NVARCHAR(100) NULL,
    sector            NVARCHAR(30)  NULL,
    calendar          NVARCHAR(10)  NULL
);

CREATE TABLE dbo.sede (
    sede_dane        VARCHAR(14)   NOT NULL CONSTRAINT pk_sede PRIMARY KEY,
    institution_dane VARCHAR(12)   NOT NULL CONSTRAINT fk_sede_institution REFERENCES dbo.institution (institution_dane),
    name             NVARCHAR(300) NULL,
    zona             NVARCHAR(20)  NULL
);
CREATE INDEX ix_sede_institution ON dbo.sede (institution_dane);
