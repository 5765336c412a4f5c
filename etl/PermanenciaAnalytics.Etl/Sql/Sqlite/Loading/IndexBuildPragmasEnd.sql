-- After the rebuild: the load's page cache again (LoadPragmas), sorts on one thread.
PRAGMA cache_size = -65536; PRAGMA threads = 0;
