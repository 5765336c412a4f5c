-- The school calendar of a year (start and end of classes), set by `calendar set`. A year without a row uses calendar
-- A's default (1 February – 30 November). Cúcuta's 2026 year began on 19 January (domain.md §7).
CREATE TABLE school_calendar (
    school_year INTEGER PRIMARY KEY,
    start_date  TEXT    NOT NULL,
    end_date    TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CHECK (end_date > start_date)
);
