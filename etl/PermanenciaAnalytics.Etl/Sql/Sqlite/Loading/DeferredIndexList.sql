SELECT index_name, create_sql FROM deferred_index ORDER BY index_name
