PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;
