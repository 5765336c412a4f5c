-- The stored published rates of one territory, years ascending. Parameters: @territory.
SELECT territory_code AS TerritoryCode, school_year AS SchoolYear, level AS Level, rate AS Rate
FROM men_published_rate
WHERE territory_code = @territory
ORDER BY school_year
