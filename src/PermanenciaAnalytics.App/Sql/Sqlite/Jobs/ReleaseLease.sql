-- Ends lease @name if @owner holds it (its holder when done, or a worker taking over from a dead holder).
DELETE FROM job_lease WHERE name = @name AND owner = @owner;
