INSERT INTO temp.recompute_motive (motive, normalized, motive_class) VALUES (@motive, @normalized, @motiveClass);
