-- A new MEN file replaces what an earlier one stored for the territory. Parameters: @territory.
DELETE FROM men_published_rate WHERE territory_code = @territory
