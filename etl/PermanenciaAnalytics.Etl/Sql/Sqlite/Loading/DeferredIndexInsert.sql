INSERT INTO deferred_index (index_name, table_name, create_sql, deferred_at) VALUES ($name, $table, $sql, $at)
