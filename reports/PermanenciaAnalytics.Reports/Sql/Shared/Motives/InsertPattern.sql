INSERT INTO retirement_motive_pattern (version, position, pattern, motive_class) VALUES (@version, @position, @pattern, @motiveClass);
