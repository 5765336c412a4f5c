-- The lines of one version of the retirement-motive table, in matching order.
SELECT pattern AS Pattern, motive_class AS MotiveClass FROM retirement_motive_pattern WHERE version = @version ORDER BY position;
