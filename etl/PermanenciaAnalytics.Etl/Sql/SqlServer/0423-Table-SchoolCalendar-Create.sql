-- The school calendar of a year (start and end of classes), set by `calendar set`. A year without a row uses calendar
-- A's default (1 February – 30 November). Cúcuta's 2026 year began on 19 January (domain.md §7).
CREATE TABLE dbo.school_calendar (
    school_year INT          NOT NULL CONSTRAINT pk_school_calendar PRIMARY KEY,
    start_date  DATE         NOT NULL,
    end_date    DATE         NOT NULL,
    updated_at  DATETIME2(0) NOT NULL,
    CONSTRAINT ck_school_calendar_dates CHECK (end_date > start_date)
);
