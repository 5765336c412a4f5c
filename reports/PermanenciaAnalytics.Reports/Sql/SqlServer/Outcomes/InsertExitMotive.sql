INSERT INTO #recompute_motive (motive, normalized, motive_class) VALUES (@motive, @normalized, @motiveClass);
